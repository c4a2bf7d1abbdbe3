import { describe, expect, it } from 'vitest';
import { MatchingInputError } from './errors.js';
import { validateInstance } from './validate.js';

/** The English lines the CLI would print for this input, or [] when it is valid. */
function problems(input: unknown): string[] {
  try {
    validateInstance(input);
    return [];
  } catch (error) {
    if (!(error instanceof MatchingInputError)) throw error;
    return error.lines();
  }
}

const valid = {
  needs: [{ id: 'n1' }, { id: 'n2' }],
  providers: [{ id: 'p1', capacity: 1, group: 'org7' }, { id: 'p2', capacity: 2 }],
  groups: [{ id: 'org7', cap: 1 }],
  edges: [
    { need: 'n1', provider: 'p1', score: 0.82 },
    { need: 'n2', provider: 'p2', score: 0.5 },
  ],
};

describe('validateInstance', () => {
  it('accepts a valid instance, with groups optional and provider group null or absent', () => {
    expect(problems(valid)).toEqual([]);
    expect(problems({ ...valid, groups: undefined, providers: [{ id: 'p1', capacity: 1, group: null }, { id: 'p2', capacity: 0 }] })).toEqual([]);
  });

  it('indexes in canonical id order whatever the input order', () => {
    const indexed = validateInstance({ ...valid, needs: [{ id: 'n2' }, { id: 'n1' }], edges: [...valid.edges].reverse() });
    expect(indexed.needIds).toEqual(['n1', 'n2']);
    expect(Array.from(indexed.edges.needEdgeStart)).toEqual([0, 1, 2]);
    expect(Array.from(indexed.edges.edgeSource)).toEqual([1, 0]);
  });

  it('names the offending item for each kind of mistake', () => {
    expect(problems(null)).toEqual(['instance: expected an object, got null']);
    expect(problems({ ...valid, needs: undefined })).toEqual(['needs: expected an array, got nothing']);
    expect(problems({ ...valid, needs: [{ id: 'n1' }, { id: 'n1' }, { id: 'n2' }] })).toEqual(['needs[1]: duplicate id "n1" (first at needs[0])']);
    expect(problems({ ...valid, needs: [{ id: '' }, 'n2'] })).toEqual([
      'needs[0].id: expected a non-empty string, got ""',
      'needs[1]: expected an object, got "n2"',
      'edges[0]: need "n1" is not in needs',
      'edges[1]: need "n2" is not in needs',
    ]);
    expect(problems({ ...valid, providers: [{ id: 'p1', capacity: -1 }, { id: 'p2', capacity: 1.5 }] })).toEqual([
      'providers[0].capacity: expected a non-negative integer, got -1',
      'providers[1].capacity: expected a non-negative integer, got 1.5',
    ]);
    expect(problems({ ...valid, providers: [{ id: 'p1', capacity: '3' }, { id: 'p2', capacity: 1, group: 'org9' }] })).toEqual([
      'providers[0].capacity: expected a non-negative integer, got "3"',
      'providers[1].group: "org9" is not in groups',
    ]);
    expect(problems({ ...valid, groups: [{ id: 'org7', cap: Infinity }] })).toEqual(['groups[0].cap: expected a non-negative integer, got Infinity']);
  });

  it('rejects unknown ids, bad scores and duplicate edges by edge position', () => {
    const edges = [
      { need: 'n1', provider: 'p1', score: 0.82 },
      { need: 'n1', provider: 'p9', score: 0.5 },
      { need: 5, provider: 'p2', score: 0.5 },
      { need: 'n2', provider: 'p2', score: Number.NaN },
      { need: 'n2', provider: 'p2', score: '0.5' },
    ];
    expect(problems({ ...valid, edges })).toEqual([
      'edges[1]: provider "p9" is not in providers',
      'edges[2].need: expected a need id, got 5',
      'edges[3].score: expected a finite number, got NaN',
      'edges[4].score: expected a finite number, got "0.5"',
    ]);
    const repeated = [...valid.edges, { need: 'n2', provider: 'p2', score: 0.1 }, { need: 'n1', provider: 'p1', score: 0.3 }];
    expect(problems({ ...valid, edges: repeated })).toEqual([
      'edges[2]: duplicate of edges[1] (need "n2", provider "p2")',
      'edges[3]: duplicate of edges[0] (need "n1", provider "p1")',
    ]);
  });

  it('accepts zero and negative scores: they are legal, just never worth choosing', () => {
    expect(problems({ ...valid, edges: [{ need: 'n1', provider: 'p1', score: 0 }, { need: 'n2', provider: 'p2', score: -3 }] })).toEqual([]);
  });

  it('lists at most 20 problems, counts the rest, and carries zh-CN messages and the error code', () => {
    const edges = Array.from({ length: 25 }, () => ({ need: 'nX', provider: 'p1', score: 1 }));
    let caught: unknown;
    try {
      validateInstance({ ...valid, edges });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MatchingInputError);
    const error = caught as MatchingInputError;
    expect(error.kind).toBe('INVALID_INSTANCE');
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.errors).toHaveLength(20);
    expect(error.totalIssues).toBe(25);
    expect(error.errors[0]).toEqual({ path: 'edges[0]', message: '需求 "nX" 不在 needs 中', messageEn: 'need "nX" is not in needs' });
    expect(error.lines().at(-1)).toBe('… and 5 more');
    expect(error.message).toBe('invalid matching instance: edges[0]: need "nX" is not in needs (and 24 more)');
  });
});
