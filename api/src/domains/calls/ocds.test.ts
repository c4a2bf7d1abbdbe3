import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildOcdsPackage, type OcdsCallFacts } from './ocds-release.js';

// The official OCDS 1.1.5 release schema (draft-04), kept in the shared standards folder of the workspace.
const schemaPath = fileURLToPath(new URL('../../../../standards/ocds-1.1.5-release-schema.json', import.meta.url));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

const call: OcdsCallFacts = {
  id: '01935a2b-0000-7000-8000-000000000001', number: 'FB20261123-001', title: '平安社区高龄独居老人助餐与探访服务', serviceContent: '每日助餐、每周两次探访。',
  status: 'awarded', budgetFen: 300_000_00, fundingSourceZh: '政府购买服务', regionName: '阿勒腾席热镇', publishedAt: '2026-11-23T02:00:00Z',
  deadline: '2026-12-03T02:00:00Z', updatedAt: '2026-12-04T02:00:00Z', buyer: { id: 'CN-REGION-150627100000', name: '阿勒腾席热镇' },
  criteriaText: '服务方案50%；团队能力30%；预算合理性20%', documents: [{ name: '榜单公告.pdf', url: '/files/notice.pdf' }], tenderers: 2,
  needs: [{ id: 'n1', title: '高龄独居老人吃饭难' }],
};
const opts = { baseUrl: 'https://wushe.example.cn', publisherName: '五社联动服务平台', now: '2026-12-04T03:00:00Z' };

describe('OCDS release package', () => {
  it('validates a call still open for bids (tender only) against the official schema', () => {
    const pkg = buildOcdsPackage({ ...call, status: 'published', tenderers: null }, [], [], opts);
    const release = pkg.releases[0]!;
    expect(validate(release), JSON.stringify(validate.errors)).toBe(true);
    expect(release).toMatchObject({ ocid: 'ocds-wsh26x-FB20261123-001', tag: ['tender'], tender: { status: 'active', value: { amount: 300000, currency: 'CNY' } } });
    expect((release.tender as Record<string, unknown>).numberOfTenderers).toBeUndefined();
  });

  it('validates a call with an award, a contract and implementation data', () => {
    const pkg = buildOcdsPackage(call, [{ id: 'a1', status: 'finalised', amountFen: 280_000_00, awardedAt: '2026-12-04T02:00:00Z', noticeEndsAt: '2026-12-09T02:00:00Z', suppliers: [{ id: 'o1', name: '伊金霍洛旗阳光社会工作服务中心' }] }], [{
      id: 'c1', awardId: 'a1', title: '助餐与探访服务合同', status: 'active', amountFen: 280_000_00, dateSigned: '2026-12-10T02:00:00Z',
      period: { startDate: '2027-01-01T00:00:00Z', endDate: '2027-12-31T00:00:00Z' }, milestones: [{ id: 'm1', title: '需求摸底与建档', dueDate: '2027-01-31T00:00:00Z', status: 'scheduled' }],
      transactions: [{ id: 't1', date: '2027-01-05T00:00:00Z', amountFen: 84_000_00, payeeId: 'o1', payeeName: '伊金霍洛旗阳光社会工作服务中心' }],
    }], opts);
    const release = pkg.releases[0]!;
    expect(validate(release), JSON.stringify(validate.errors)).toBe(true);
    expect(release.tag).toEqual(['tender', 'award', 'contract', 'implementation']);
    expect(release).toMatchObject({ awards: [{ status: 'active', value: { amount: 280000 } }], contracts: [{ implementation: { transactions: [{ value: { amount: 84000, currency: 'CNY' } }] } }] });
    expect(pkg).toMatchObject({ version: '1.1', uri: 'https://wushe.example.cn/api/public/calls/01935a2b-0000-7000-8000-000000000001/ocds' });
  });

  it('catches a broken release (the validator is not vacuous)', () => {
    const release = { ...buildOcdsPackage(call, [], [], opts).releases[0]!, initiationType: 'auction' };
    expect(validate(release)).toBe(false);
  });
});
