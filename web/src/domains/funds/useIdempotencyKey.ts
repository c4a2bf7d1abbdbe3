import { useCallback, useRef } from 'react';

/**
 * One Idempotency-Key per user action: the first submit creates it, a retry of the same action (double click,
 * network failure, resubmit after an error) reuses it so the server returns the first result instead of posting
 * twice; `done()` after success (or when the user changes what they are submitting) makes the next action new.
 * Keyed by a scope string so a list of rows (approve row A, pay row B) keeps one key per row and step.
 */
export function useIdempotencyKey() {
  const keys = useRef(new Map<string, string>());
  const keyFor = useCallback((scope = 'form') => {
    let k = keys.current.get(scope);
    if (!k) {
      k = crypto.randomUUID();
      keys.current.set(scope, k);
    }
    return k;
  }, []);
  const done = useCallback((scope = 'form') => { keys.current.delete(scope); }, []);
  return { keyFor, done };
}
