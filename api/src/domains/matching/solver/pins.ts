import { findEdge } from './edge-table.js';
import { IssueList, describeValue } from './errors.js';
import type { SolveOptions } from './types.js';
import type { IndexedInstance } from './validate.js';

/** Pins and forbids resolved to canonical edge positions, with the capacity the pins use up. */
export interface ResolvedPins {
  /** edge position pinned for each need, -1 when the need is free */
  pinnedEdge: Int32Array;
  /** 1 where the edge may not be chosen */
  isForbidden: Uint8Array;
  /** how many pinned needs each provider and each group already carries */
  providerPinned: Int32Array;
  groupPinned: Int32Array;
  pinnedCount: number;
}

interface PairAt {
  need: number;
  provider: number;
  path: string;
}

/**
 * Checks pins and forbids. Unknown ids are INVALID_OPTIONS; pins that cannot all hold (not an edge,
 * also forbidden, two providers for one need, over a provider's capacity or a group's cap) are INFEASIBLE_PINS.
 * Repeating an identical pin or forbid is harmless and ignored.
 */
export function resolvePins(instance: IndexedInstance, options: SolveOptions | undefined): ResolvedPins {
  const issues = new IssueList();
  const pinned = readPairs(options?.pinned, 'pinned', instance, issues);
  const forbidden = readPairs(options?.forbidden, 'forbidden', instance, issues);
  issues.throwIfAny('INVALID_OPTIONS');

  const edges = instance.edges;
  const isForbidden = new Uint8Array(edges.edgeProvider.length);
  const forbiddenAt = new Map<number, string>();
  for (const pair of forbidden) {
    const e = findEdge(edges, pair.need, pair.provider);
    if (e >= 0 && !forbiddenAt.has(e)) {
      isForbidden[e] = 1;
      forbiddenAt.set(e, pair.path);
    }
  }

  const pinnedEdge = new Int32Array(instance.needIds.length).fill(-1);
  const pinnedAt = new Map<number, string>();
  const providerPinned = new Int32Array(instance.providerIds.length);
  const groupPinned = new Int32Array(instance.groupIds.length);
  let pinnedCount = 0;
  for (const { need, provider, path } of pinned) {
    const needId = instance.needIds[need]!;
    const providerId = instance.providerIds[provider]!;
    const e = findEdge(edges, need, provider);
    if (e < 0) {
      issues.add(path, `need "${needId}" and provider "${providerId}" have no edge`, `需求 "${needId}" 与提供方 "${providerId}" 之间没有候选边`);
      continue;
    }
    if (isForbidden[e]) {
      const at = forbiddenAt.get(e)!;
      issues.add(path, `the pair is also forbidden at ${at}`, `该配对同时在 ${at} 中被禁止`);
      continue;
    }
    const current = pinnedEdge[need]!;
    if (current === e) continue;
    if (current >= 0) {
      const other = instance.providerIds[edges.edgeProvider[current]!]!;
      const at = pinnedAt.get(current)!;
      issues.add(path, `need "${needId}" is already pinned to "${other}" at ${at}`, `需求 "${needId}" 已在 ${at} 中锁定给 "${other}"`);
      continue;
    }
    pinnedEdge[need] = e;
    pinnedAt.set(e, path);
    pinnedCount += 1;
    const capacity = instance.providerCapacity[provider]!;
    if (++providerPinned[provider]! === capacity + 1) {
      issues.add(path, `provider "${providerId}" has capacity ${capacity}, exceeded by this pin`, `提供方 "${providerId}" 容量为 ${capacity}，此锁定超出容量`);
    }
    const group = instance.providerGroup[provider]!;
    if (group >= 0) {
      const cap = instance.groupCap[group]!;
      if (++groupPinned[group]! === cap + 1) {
        const groupId = instance.groupIds[group]!;
        issues.add(path, `group "${groupId}" has cap ${cap}, exceeded by this pin`, `组织 "${groupId}" 上限为 ${cap}，此锁定超出上限`);
      }
    }
  }
  issues.throwIfAny('INFEASIBLE_PINS');
  return { pinnedEdge, isForbidden, providerPinned, groupPinned, pinnedCount };
}

function readPairs(value: unknown, section: string, instance: IndexedInstance, issues: IssueList): PairAt[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    issues.add(section, `expected an array, got ${describeValue(value)}`, `应为数组，实际为 ${describeValue(value)}`);
    return [];
  }
  const pairs: PairAt[] = [];
  value.forEach((item: unknown, k) => {
    const path = `${section}[${k}]`;
    if (typeof item !== 'object' || item === null) {
      issues.add(path, `expected an object, got ${describeValue(item)}`, `应为对象，实际为 ${describeValue(item)}`);
      return;
    }
    const { need, provider } = item as Record<string, unknown>;
    const needAt = typeof need === 'string' ? instance.needIndex.get(need) : undefined;
    const providerAt = typeof provider === 'string' ? instance.providerIndex.get(provider) : undefined;
    if (needAt === undefined) {
      issues.add(path, `need ${describeValue(need)} is not in needs`, `需求 ${describeValue(need)} 不在 needs 中`);
    }
    if (providerAt === undefined) {
      issues.add(path, `provider ${describeValue(provider)} is not in providers`, `提供方 ${describeValue(provider)} 不在 providers 中`);
    }
    if (needAt !== undefined && providerAt !== undefined) pairs.push({ need: needAt, provider: providerAt, path });
  });
  return pairs;
}
