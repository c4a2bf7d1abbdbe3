import { useCallback, useRef, useState } from 'react';
import type { FormInstance } from 'antd';
import { applyFieldErrors } from '../../platform/errors';

/**
 * Runs a form's submit once at a time (a double click while the first is in flight is ignored) and keeps the API's
 * error: field errors land on the fields they name, the rest go to the summary.
 */
export function useFormAction<V>(form: FormInstance<V>, fields: readonly string[], run: (values: V) => Promise<void>) {
  const busy = useRef(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [unplaced, setUnplaced] = useState<string[] | undefined>();
  const submit = useCallback(async (values: V) => {
    if (busy.current) return;
    busy.current = true;
    setSaving(true);
    setError(null);
    try {
      await run(values);
    } catch (e) {
      setUnplaced(applyFieldErrors(form, e, fields));
      setError(e);
    } finally {
      busy.current = false;
      setSaving(false);
    }
  }, [form, fields, run]);
  const clear = useCallback(() => { setError(null); setUnplaced(undefined); }, []);
  return { submit, saving, error, unplaced, clear };
}
