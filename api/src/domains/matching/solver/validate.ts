import { buildEdgeTable, type EdgeTable } from './edge-table.js';
import { IssueList, describeValue } from './errors.js';

/**
 * A checked instance in canonical order: needs, providers and groups sorted by id (UTF-16 code units) and
 * edges sorted by (need, provider), so the answer depends on the instance's content, never on its order.
 */
export interface IndexedInstance {
  needIds: string[];
  providerIds: string[];
  groupIds: string[];
  needIndex: Map<string, number>;
  providerIndex: Map<string, number>;
  /** capacities above 2^31-1 are stored as 2^31-1, which no load can reach */
  providerCapacity: Int32Array;
  /** group index of each provider, -1 when it belongs to none */
  providerGroup: Int32Array;
  groupCap: Int32Array;
  edges: EdgeTable;
}

const INT32_MAX = 0x7fffffff;

/** Checks every field of a matching instance and indexes it; throws MatchingInputError naming each bad item. */
export function validateInstance(input: unknown): IndexedInstance {
  const issues = new IssueList();
  if (!isRecord(input)) {
    issues.add('instance', `expected an object, got ${describeValue(input)}`, `应为对象，实际为 ${describeValue(input)}`);
    issues.throwIfAny('INVALID_INSTANCE');
  }
  const root = input as Record<string, unknown>;
  const needs = readArray(root, 'needs', issues, false);
  const groups = readArray(root, 'groups', issues, true);
  const providers = readArray(root, 'providers', issues, false);
  const edges = readArray(root, 'edges', issues, false);
  // a missing section would make every reference to it look wrong too; report the section alone
  issues.throwIfAny('INVALID_INSTANCE');

  const needIds = readIds(needs, 'needs', issues);
  const groupIds = readIds(groups, 'groups', issues);
  const providerIds = readIds(providers, 'providers', issues);
  const needIndex = indexOf(needIds);
  const groupIndex = indexOf(groupIds);
  const providerIndex = indexOf(providerIds);

  const groupCap = new Int32Array(groupIds.length);
  groups.forEach((g, k) => {
    const cap = readCount(g, 'cap', `groups[${k}]`, issues);
    const at = isRecord(g) && typeof g.id === 'string' ? groupIndex.get(g.id) : undefined;
    if (at !== undefined && cap !== undefined) groupCap[at] = cap;
  });

  const providerCapacity = new Int32Array(providerIds.length);
  const providerGroup = new Int32Array(providerIds.length).fill(-1);
  providers.forEach((p, k) => {
    const capacity = readCount(p, 'capacity', `providers[${k}]`, issues);
    const group = readGroupRef(p, `providers[${k}]`, groupIndex, issues);
    const at = isRecord(p) && typeof p.id === 'string' ? providerIndex.get(p.id) : undefined;
    if (at === undefined) return;
    if (capacity !== undefined) providerCapacity[at] = capacity;
    if (group !== undefined) providerGroup[at] = group;
  });

  const needOf = new Int32Array(edges.length);
  const providerOf = new Int32Array(edges.length);
  const scoreOf = new Float64Array(edges.length);
  // hot for millions of edges: the item's path string is built only when something is wrong with it
  let lastNeed: unknown;
  let lastNeedAt = 0;
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e];
    if (!isRecord(edge)) {
      issues.add(`edges[${e}]`, `expected an object, got ${describeValue(edge)}`, `应为对象，实际为 ${describeValue(edge)}`);
      continue;
    }
    const need = edge.need;
    // files list a need's candidates together, so most look-ups repeat the previous one
    if (need !== lastNeed || typeof need !== 'string') {
      lastNeedAt = readRef(need, 'need', needIndex, e, issues);
      lastNeed = lastNeedAt >= 0 ? need : undefined;
    }
    needOf[e] = Math.max(lastNeedAt, 0);
    providerOf[e] = Math.max(readRef(edge.provider, 'provider', providerIndex, e, issues), 0);
    const score = edge.score;
    if (typeof score === 'number' && Number.isFinite(score)) {
      scoreOf[e] = score;
    } else {
      const got = describeValue(score);
      issues.add(`edges[${e}].score`, `expected a finite number, got ${got}`, `应为有限数值，实际为 ${got}`);
    }
  }
  issues.throwIfAny('INVALID_INSTANCE');

  const { table, duplicates } = buildEdgeTable(needOf, providerOf, scoreOf, needIds.length);
  for (const { first, later } of duplicates) {
    const { need, provider } = edges[later] as { need: string; provider: string };
    issues.add(
      `edges[${later}]`,
      `duplicate of edges[${first}] (need "${need}", provider "${provider}")`,
      `与 edges[${first}] 重复（需求 "${need}"，提供方 "${provider}"）`,
    );
  }
  issues.throwIfAny('INVALID_INSTANCE');

  return { needIds, providerIds, groupIds, needIndex, providerIndex, providerCapacity, providerGroup, groupCap, edges: table };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readArray(root: Record<string, unknown>, key: string, issues: IssueList, isOptional: boolean): unknown[] {
  const value = root[key];
  if (Array.isArray(value)) return value;
  if (isOptional && (value === undefined || value === null)) return [];
  issues.add(key, `expected an array, got ${describeValue(value)}`, `应为数组，实际为 ${describeValue(value)}`);
  return [];
}

/** Returns the valid, distinct ids sorted; reports bad and repeated ones by position. */
function readIds(items: unknown[], section: string, issues: IssueList): string[] {
  const firstAt = new Map<string, number>();
  items.forEach((item, k) => {
    const path = `${section}[${k}]`;
    if (!isRecord(item)) {
      issues.add(path, `expected an object, got ${describeValue(item)}`, `应为对象，实际为 ${describeValue(item)}`);
      return;
    }
    const id = item.id;
    if (typeof id !== 'string' || id.length === 0) {
      const got = describeValue(id);
      issues.add(`${path}.id`, `expected a non-empty string, got ${got}`, `应为非空字符串，实际为 ${got}`);
      return;
    }
    const first = firstAt.get(id);
    if (first !== undefined) {
      issues.add(path, `duplicate id "${id}" (first at ${section}[${first}])`, `编号 "${id}" 重复（首次出现在 ${section}[${first}]）`);
      return;
    }
    firstAt.set(id, k);
  });
  return [...firstAt.keys()].sort();
}

function indexOf(sortedIds: string[]): Map<string, number> {
  return new Map(sortedIds.map((id, i) => [id, i]));
}

/** Reads a non-negative integer capacity or cap. */
function readCount(item: unknown, key: string, path: string, issues: IssueList): number | undefined {
  if (!isRecord(item)) return undefined;
  const value = item[key];
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return Math.min(value, INT32_MAX);
  const got = describeValue(value);
  issues.add(`${path}.${key}`, `expected a non-negative integer, got ${got}`, `应为非负整数，实际为 ${got}`);
  return undefined;
}

function readGroupRef(item: unknown, path: string, groupIndex: Map<string, number>, issues: IssueList): number | undefined {
  if (!isRecord(item)) return undefined;
  const value = item.group;
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    const got = describeValue(value);
    issues.add(`${path}.group`, `expected a group id or nothing, got ${got}`, `应为组织编号或留空，实际为 ${got}`);
    return undefined;
  }
  const at = groupIndex.get(value);
  if (at === undefined) issues.add(`${path}.group`, `"${value}" is not in groups`, `"${value}" 不在 groups 中`);
  return at;
}

/** Index of the referenced need or provider, or -1 after reporting why there is none. */
function readRef(value: unknown, role: 'need' | 'provider', index: Map<string, number>, edge: number, issues: IssueList): number {
  if (typeof value === 'string') {
    const at = index.get(value);
    if (at !== undefined) return at;
  }
  const section = role === 'need' ? 'needs' : 'providers';
  const zhRole = role === 'need' ? '需求' : '提供方';
  if (typeof value !== 'string') {
    const got = describeValue(value);
    issues.add(`edges[${edge}].${role}`, `expected a ${role} id, got ${got}`, `应为${zhRole}编号，实际为 ${got}`);
  } else {
    issues.add(`edges[${edge}]`, `${role} "${value}" is not in ${section}`, `${zhRole} "${value}" 不在 ${section} 中`);
  }
  return -1;
}
