import type { MatchingInstance } from '../solver/types.js';

/**
 * Two needs, two providers, crossing scores — the smallest case where greedy is wrong.
 * greedy: n1-p1 0.9 + n2-p2 0.1 = 1.0; optimum: n1-p2 0.8 + n2-p1 0.85 = 1.65 (checked by hand).
 */
export const CROSSING: MatchingInstance = {
  needs: [{ id: 'n1' }, { id: 'n2' }],
  providers: [{ id: 'p1', capacity: 1 }, { id: 'p2', capacity: 1 }],
  edges: [
    { need: 'n1', provider: 'p1', score: 0.9 },
    { need: 'n1', provider: 'p2', score: 0.8 },
    { need: 'n2', provider: 'p1', score: 0.85 },
    { need: 'n2', provider: 'p2', score: 0.1 },
  ],
};
