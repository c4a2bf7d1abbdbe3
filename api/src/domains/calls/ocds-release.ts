/**
 * Builds an OCDS 1.1.5 release package for one call (pure: no I/O). Money goes out in yuan (OCDS amounts are
 * numbers in the currency's main unit) from integer fen. Contract and implementation data are supplied by the
 * caller (the projects domain, once an award becomes a project), so this builder stays the one place that
 * speaks OCDS. Only public facts go in: no personal data and no bid content, only the number of tenderers.
 */
export const OCDS_PREFIX = 'ocds-wsh26x';

export interface OcdsCallFacts {
  id: string; number: string; title: string; serviceContent: string; status: string;
  budgetFen: number; fundingSourceZh: string; regionName: string; publishedAt: string | null; deadline: string; updatedAt: string;
  buyer: { id: string; name: string };
  criteriaText: string;
  documents: { name: string; url: string }[];
  tenderers: number | null;
  needs: { id: string; title: string }[];
}
export interface OcdsAwardFacts {
  id: string; status: string; amountFen: number; awardedAt: string; noticeEndsAt: string;
  suppliers: { id: string; name: string }[];
}
export interface OcdsContractFacts {
  id: string; awardId: string; title: string; status: 'pending' | 'active' | 'cancelled' | 'terminated';
  amountFen: number; dateSigned?: string; period?: { startDate: string; endDate: string };
  milestones?: { id: string; title: string; dueDate?: string; status?: 'scheduled' | 'met' | 'notMet' | 'partiallyMet' }[];
  transactions?: { id: string; date: string; amountFen: number; payeeId: string; payeeName: string }[];
}

const cny = (fen: number) => ({ amount: fen / 100, currency: 'CNY' });
const iso = (s: string) => new Date(s).toISOString();

function tenderStatus(callStatus: string): string {
  switch (callStatus) {
    case 'published': return 'active';
    case 'cancelled': return 'cancelled';
    case 'finalised': return 'complete';
    default: return 'active';
  }
}
const AWARD_STATUS: Record<string, string> = { noticed: 'pending', objected: 'pending', cancelled: 'cancelled', finalised: 'active' };

export function buildOcdsPackage(call: OcdsCallFacts, awards: OcdsAwardFacts[], contracts: OcdsContractFacts[], opts: { baseUrl: string; publisherName: string; now: string }) {
  const ocid = `${OCDS_PREFIX}-${call.number}`;
  const parties = new Map<string, { id: string; name: string; roles: string[] }>();
  const party = (id: string, name: string, role: string) => {
    const p = parties.get(id) ?? { id, name, roles: [] };
    if (!p.roles.includes(role)) p.roles.push(role);
    parties.set(id, p);
  };
  party(call.buyer.id, call.buyer.name, 'buyer');
  party(call.buyer.id, call.buyer.name, 'procuringEntity');
  for (const a of awards) for (const s of a.suppliers) { party(s.id, s.name, 'supplier'); party(s.id, s.name, 'tenderer'); }
  const tag = ['tender'];
  if (awards.length) tag.push('award');
  if (contracts.length) tag.push('contract');
  if (contracts.some((c) => (c.transactions?.length ?? 0) > 0 || (c.milestones?.length ?? 0) > 0)) tag.push('implementation');
  const release = {
    ocid,
    id: `${ocid}-${new Date(call.updatedAt).getTime()}`,
    date: iso(call.updatedAt),
    tag,
    initiationType: 'tender',
    language: 'zh',
    parties: [...parties.values()],
    buyer: { id: call.buyer.id, name: call.buyer.name },
    planning: {
      rationale: call.needs.length ? `回应需求清单：${call.needs.map((n) => n.title).join('；')}` : undefined,
      budget: { description: `资金来源：${call.fundingSourceZh}`, amount: cny(call.budgetFen) },
    },
    tender: {
      id: call.number,
      title: call.title,
      description: call.serviceContent,
      status: tenderStatus(call.status),
      procuringEntity: { id: call.buyer.id, name: call.buyer.name },
      value: cny(call.budgetFen),
      procurementMethod: 'open',
      procurementMethodDetails: '揭榜挂帅（评榜—发榜—揭榜—承榜—考榜）',
      mainProcurementCategory: 'services',
      awardCriteria: 'ratedCriteria',
      awardCriteriaDetails: call.criteriaText,
      submissionMethod: ['electronicSubmission'],
      tenderPeriod: { startDate: call.publishedAt ? iso(call.publishedAt) : undefined, endDate: iso(call.deadline) },
      ...(call.tenderers === null ? {} : { numberOfTenderers: call.tenderers }),
      deliveryAddresses: [{ region: call.regionName, countryName: '中国' }],
      documents: call.documents.map((d, i) => ({ id: `doc-${i + 1}`, documentType: 'tenderNotice', title: d.name, url: new URL(d.url, opts.baseUrl).toString(), language: 'zh' })),
    },
    awards: awards.map((a) => ({
      id: a.id, title: call.title, status: AWARD_STATUS[a.status] ?? 'pending', date: iso(a.awardedAt), value: cny(a.amountFen),
      suppliers: a.suppliers.map((s) => ({ id: s.id, name: s.name })),
      description: a.status === 'noticed' || a.status === 'objected' ? `公示至${iso(a.noticeEndsAt)}，公示期内可提出异议` : undefined,
    })),
    contracts: contracts.map((c) => ({
      id: c.id, awardID: c.awardId, title: c.title, status: c.status, value: cny(c.amountFen), dateSigned: c.dateSigned ? iso(c.dateSigned) : undefined,
      period: c.period ? { startDate: iso(c.period.startDate), endDate: iso(c.period.endDate) } : undefined,
      milestones: c.milestones?.map((m) => ({ id: m.id, title: m.title, dueDate: m.dueDate ? iso(m.dueDate) : undefined, status: m.status })),
      implementation: {
        transactions: (c.transactions ?? []).map((t) => ({ id: t.id, date: iso(t.date), value: cny(t.amountFen), payee: { id: t.payeeId, name: t.payeeName }, payer: { id: call.buyer.id, name: call.buyer.name } })),
      },
    })),
  };
  return {
    uri: new URL(`/api/public/calls/${call.id}/ocds`, opts.baseUrl).toString(),
    version: '1.1',
    publishedDate: iso(opts.now),
    publisher: { name: opts.publisherName },
    releases: [JSON.parse(JSON.stringify(release)) as Record<string, unknown>],
  };
}
