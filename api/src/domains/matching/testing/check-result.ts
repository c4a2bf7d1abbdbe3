import type { MatchingInstance, MatchingResult, SolveOptions } from '../solver/types.js';

/**
 * Re-checks an answer against the raw instance with plain maps, independently of the solver's indexing:
 * every constraint, the pins and forbids, the objective as the sum of the chosen scores, and the ordering.
 * Returns the problems found; empty means the answer is feasible and self-consistent.
 */
export function checkResult(instance: MatchingInstance, options: SolveOptions, result: MatchingResult): string[] {
  const problems: string[] = [];
  const key = (need: string, provider: string): string => `${need}\u0000${provider}`;
  const score = new Map(instance.edges.map((e) => [key(e.need, e.provider), e.score]));
  const provider = new Map(instance.providers.map((p) => [p.id, p]));
  const cap = new Map((instance.groups ?? []).map((g) => [g.id, g.cap]));
  const providerLoad = new Map<string, number>();
  const groupLoad = new Map<string, number>();
  const seen = new Set<string>();
  let sum = 0;
  for (const a of result.assignments) {
    const s = score.get(key(a.need, a.provider));
    if (s === undefined) problems.push(`${a.need}–${a.provider} is not an edge`);
    else if (s !== a.score) problems.push(`${a.need}–${a.provider} reports score ${a.score}, edge has ${s}`);
    if (seen.has(a.need)) problems.push(`${a.need} assigned twice`);
    seen.add(a.need);
    sum += s ?? 0;
    providerLoad.set(a.provider, (providerLoad.get(a.provider) ?? 0) + 1);
    const g = provider.get(a.provider)?.group;
    if (g) groupLoad.set(g, (groupLoad.get(g) ?? 0) + 1);
  }
  for (const [id, load] of providerLoad) {
    if (load > provider.get(id)!.capacity) problems.push(`${id} over capacity: ${load}`);
  }
  for (const [id, load] of groupLoad) if (load > cap.get(id)!) problems.push(`group ${id} over cap: ${load}`);

  const chosen = new Set(result.assignments.map((a) => key(a.need, a.provider)));
  for (const p of options.pinned ?? []) if (!chosen.has(key(p.need, p.provider))) problems.push(`pin ${p.need}–${p.provider} missing`);
  for (const f of options.forbidden ?? []) if (chosen.has(key(f.need, f.provider))) problems.push(`forbidden ${f.need}–${f.provider} chosen`);
  for (const a of result.assignments) {
    if (a.score <= 0 && !a.pinned) problems.push(`${a.need}–${a.provider} has score ${a.score} but was chosen`);
  }

  if (Math.abs(sum - result.objective) > 1e-9 * Math.max(1, Math.abs(sum))) problems.push(`objective ${result.objective} but scores sum to ${sum}`);
  const unmatched = result.unmatched.map((u) => u.need);
  if (seen.size + unmatched.length !== instance.needs.length) problems.push('assigned + unmatched is not every need');
  for (const need of unmatched) if (seen.has(need)) problems.push(`${need} both assigned and unmatched`);
  if (!isSorted(result.assignments.map((a) => a.need)) || !isSorted(unmatched)) problems.push('output not sorted by need id');
  return problems;
}

function isSorted(ids: string[]): boolean {
  return ids.every((id, k) => k === 0 || ids[k - 1]! < id);
}
