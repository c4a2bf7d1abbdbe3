/**
 * Re-resolves the whole register from the current source rows and people's decisions, keeping entity ids
 * stable: each new cluster takes the id most of its rows already pointed to. Imports, review decisions and
 * splits all end here, so the register never holds two entries for rows the engine (or a person) joined.
 */
import { maskPhone, newId, normalisePhone } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Executor } from '../../platform/db/client.js';
import { foldForSearch } from '../../platform/text.js';
import { buildRegionIndex, parseDate, partyCoverageOf, resolveRows, summariseEntities, type Decision, type EntitySummary, type FieldKey, type Resolution, type SourceRow } from './engine/index.js';
import { committeeOf, committeeText } from './engine/ledger.js';
import { cityCodeOfPath, DEFAULT_CITY_SETTINGS, sameTrustOrder, type CitySettings } from './registry-settings-rules.js';
import { applyManual, manualSources, type Manual } from './registry-manual.js';
import * as repo from './registry.repository.js';
import { allSettings } from './registry.settings.repository.js';

export interface ReconcileResult {
  /** entity id per current source row id */
  entityOfRow: Map<string, string>;
  created: Set<string>;
  changed: Set<string>;
  gone: Set<string>;
  review: number;
  entities: number;
  /** entries per ledger */
  ledgers: Record<string, number>;
  /** region path of every entry written */
  pathOf: Map<string, string>;
}

/** The fields whose change counts as "changed" in an import report. */
const WATCHED = ['name', 'creditCode', 'legalRepresentative', 'phoneMasked', 'address', 'foundedOn', 'ledger', 'committee', 'regionCode'] as const;

export async function reconcile(tx: Executor, deps: AppDeps): Promise<ReconcileResult> {
  const nodes = await repo.regionNodes(tx);
  const index = buildRegionIndex(nodes);
  const pathOf = new Map(nodes.map((n) => [n.code, n.path]));
  const city = nodes.find((n) => n.level === 2) ?? nodes[0];
  const current = await repo.currentRows(tx);
  const rows: SourceRow[] = current.map((r) => ({
    file: r.fileName, department: r.department, row: r.rowNo,
    cells: JSON.parse(deps.cipher.decrypt(r.mappedEnc)) as Partial<Record<FieldKey, string>>,
  }));
  const position = new Map(current.map((r, i) => [r.id, i]));
  const decisions: Decision[] = [];
  for (const d of await repo.allDecisions(tx)) {
    const a = position.get(d.rowA);
    const b = position.get(d.rowB);
    if (a !== undefined && b !== undefined) decisions.push({ a, b, same: d.same });
  }
  const res = resolveRows(rows, { index, decisions });
  const settings = await allSettings(tx);
  const settingsOf = (regionCode: string) => settings.get(cityCodeOfPath(pathOf.get(regionCode) ?? city!.path) ?? '') ?? DEFAULT_CITY_SETTINGS;
  const summaries = summariseByCity(rows, res, settings, (s) => settingsOf(s.regionCode || city!.code));

  const before = new Map((await repo.activeEntities(tx)).map((e) => [e.id, e]));
  // stable ids: biggest clusters choose first, each takes the id most of its rows carried
  const order = summaries.map((s) => s.cluster).sort((x, y) => summaries[y]!.rows.length - summaries[x]!.rows.length || x - y);
  const idOf = new Array<string>(summaries.length);
  const taken = new Set<string>();
  for (const c of order) {
    const votes = new Map<string, number>();
    for (const i of summaries[c]!.rows) {
      const prior = current[i]!.entityId;
      if (prior && before.has(prior) && !taken.has(prior)) votes.set(prior, (votes.get(prior) ?? 0) + 1);
    }
    const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    idOf[c] = best ?? newId();
    taken.add(idOf[c]!);
  }

  const now = deps.clock.now();
  const created = new Set<string>();
  const changed = new Set<string>();
  const inserts: repo.EntityInsert[] = summaries.map((s) => {
    const id = idOf[s.cluster]!;
    const prev = before.get(id);
    const manual = (prev?.manual ?? {}) as Manual;
    const f = s.fields;
    const phoneDigits = f.phone ? normalisePhone(f.phone.value) : '';
    const regionCode = manual.regionCode ?? (s.regionCode && pathOf.has(s.regionCode) ? s.regionCode : city!.code);
    // the committee follows the rules of the city the entry is placed in (a hand-set region included)
    const rules = settingsOf(regionCode);
    const committee = committeeOf((manual.ledger ?? s.ledger) as typeof s.ledger, committeeText(f.name?.value ?? '', f.industry?.value, f.type?.value), rules.committeeRules, rules.fallbacks);
    const handSet = manualSources(manual);
    const conflictFields = Object.keys(s.conflicts).filter((k) => (k !== 'name' || (s.conflicts.name?.length ?? 0) > 1) && !handSet.has(k));
    const provenance = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, {
      value: k === 'phone' ? maskPhone(normalisePhone(v.value)) : v.value, department: v.department, sourceRowId: current[v.source]!.id,
    }]));
    const conflicts = Object.fromEntries(Object.entries(s.conflicts).map(([k, vs]) => [k, vs.map((v) => ({
      value: k === 'phone' ? maskPhone(normalisePhone(v.value)) : v.value, department: v.department, sourceRowId: current[v.source]!.id,
    }))]));
    const verified = prev?.verification === 'verified' || prev?.verification === 'not_found';
    const row: repo.EntityInsert = {
      id,
      name: f.name?.value ?? '',
      nameSearch: foldForSearch(f.name?.value ?? ''),
      creditCode: s.creditCode,
      legalRepresentative: f.legalRep?.value ?? null,
      phoneEnc: phoneDigits ? deps.cipher.encrypt(phoneDigits) : null,
      phoneMasked: phoneDigits ? maskPhone(phoneDigits) : null,
      address: f.address?.value ?? null,
      foundedOn: f.founded ? parseDate(f.founded.value) : null,
      partyCoverage: partyCoverageOf(f.party?.value) ?? 'unknown',
      kind: s.kind,
      ledger: manual.ledger ?? s.ledger,
      committee: manual.committee ?? committee,
      regionCode,
      regionPath: pathOf.get(regionCode) ?? city!.path,
      verification: verified ? prev!.verification : conflictFields.length > 0 ? 'conflict' : 'unverified',
      provenance: { ...provenance, ...(verified ? verifiedFields(prev!.provenance) : {}), ...handFields(prev?.provenance, handSet) },
      conflicts,
      status: 'active',
      createdAt: prev?.createdAt ?? now,
      updatedAt: now,
    };
    applyManual(row, manual);
    if (!prev) created.add(id);
    else if (WATCHED.some((k) => (prev[k] ?? null) !== (row[k] ?? null))) changed.add(id);
    return row;
  });
  await repo.upsertEntities(tx, inserts);
  const gone = new Set([...before.keys()].filter((id) => !taken.has(id)));
  await repo.markGone(tx, [...gone], now);
  const entityOfRow = new Map(current.map((r, i) => [r.id, idOf[res.clusterOf[i]!]!]));
  await repo.linkRows(tx, [...entityOfRow].map(([rowId, entityId]) => ({ rowId, entityId })));
  const pathOfEntity = new Map(inserts.map((e) => [e.id!, e.regionPath]));
  await repo.replaceOpenReview(tx, res.review.map((item) => ({
    id: newId(),
    entityA: idOf[item.clusterA]!,
    entityB: idOf[item.clusterB]!,
    rowA: current[item.link.a]!.id,
    rowB: current[item.link.b]!.id,
    score: item.link.score,
    evidence: item.link.evidence,
    regionPath: pathOfEntity.get(idOf[item.clusterA]!)!,
    createdAt: now,
  })));
  const ledgers: Record<string, number> = {};
  for (const e of inserts) ledgers[e.ledger] = (ledgers[e.ledger] ?? 0) + 1;
  return { entityOfRow, created, changed, gone, review: res.review.length, entities: summaries.length, ledgers, pathOf: pathOfEntity };
}

/**
 * Field choices follow each city's trust order: the register is summarised once with the default order and again
 * for each distinct order a city saved, and every entry takes the summary of the city it lies in.
 */
function summariseByCity(rows: readonly SourceRow[], res: Resolution, settings: Map<string, CitySettings>, settingsFor: (s: EntitySummary) => CitySettings): EntitySummary[] {
  const base = summariseEntities(rows, res, { trustOrder: DEFAULT_CITY_SETTINGS.trustOrder });
  const orders = [...settings.values()].map((s) => s.trustOrder).filter((o, i, all) => !sameTrustOrder(o, DEFAULT_CITY_SETTINGS.trustOrder) && all.findIndex((x) => sameTrustOrder(x, o)) === i);
  if (orders.length === 0) return base;
  const alternatives = orders.map((o) => ({ order: o, summaries: summariseEntities(rows, res, { trustOrder: o }) }));
  return base.map((s) => {
    const own = settingsFor(s).trustOrder;
    return alternatives.find((a) => sameTrustOrder(a.order, own))?.summaries[s.cluster] ?? s;
  });
}

/** Fields a person corrected by hand keep the provenance of that correction. */
function handFields(provenance: unknown, fields: Set<string>): Record<string, unknown> {
  const p = (provenance ?? {}) as Record<string, unknown>;
  return Object.fromEntries([...fields].filter((k) => p[k]).map((k) => [k, p[k]]));
}

/** Fields a verification set (department 核实…) survive re-resolution. */
function verifiedFields(provenance: unknown): Record<string, unknown> {
  const p = (provenance ?? {}) as Record<string, { department?: string }>;
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v?.department?.startsWith('核实')));
}
