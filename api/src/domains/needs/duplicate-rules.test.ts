import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../platform/text.js';
import { bigrams, rankDuplicates, similarity } from './duplicate-rules.js';

describe('duplicate suggestion', () => {
  it('splits folded text into character bigrams, ignoring punctuation', () => {
    expect([...bigrams('助餐，点')]).toEqual(['助餐', '餐点']);
  });
  it('scores the Dice coefficient', () => {
    // 老人助餐 → {老人, 人助, 助餐}; 老人就餐 → {老人, 人就, 就餐}: 2·1/(3+3) = 0.333…
    expect(similarity('老人助餐', '老人就餐')).toBeCloseTo(1 / 3, 5);
    expect(similarity('老人助餐', '老人助餐')).toBe(1);
    expect(similarity('老人助餐', '路灯维修')).toBe(0);
  });
  it('treats traditional and simplified text as the same once folded', () => {
    expect(similarity(foldForSearch('小區老人吃飯難，希望開設助餐點'), foldForSearch('小区老人吃饭难，希望开设助餐点'))).toBe(1);
  });
  it('ranks candidates above the threshold, most similar first', () => {
    const c = [{ id: 'a', textSearch: '路灯坏了晚上太黑' }, { id: 'b', textSearch: '小区老人吃饭难希望开设助餐点' }, { id: 'c', textSearch: '老人吃饭难' }];
    expect(rankDuplicates('小区老人吃饭难希望开助餐点', c).map((x) => x.id)).toEqual(['b', 'c']);
  });
});
