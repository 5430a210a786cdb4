import { useEffect, useRef, useState } from 'preact/hooks';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: number } | { kind: 'error'; message: string };

/**
 * Debounced autosave. The draft stays in the component until the background
 * confirms it was stored; a failed write is shown and retried on the next edit
 * or by `retry()`.
 */
export function useAutosave<T>(save: (value: T) => Promise<void>, delay = 400) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = async () => {
    clearTimeout(timer.current);
    const job = pending.current;
    if (!job) return;
    setState({ kind: 'saving' });
    try {
      await saveRef.current(job.value);
      if (pending.current === job) pending.current = null;
      setState({ kind: 'saved', at: Date.now() });
    } catch (error) {
      setState({ kind: 'error', message: (error as Error).message });
    }
  };

  const schedule = (value: T, immediate = false) => {
    pending.current = { value };
    clearTimeout(timer.current);
    if (immediate) void flush();
    else timer.current = setTimeout(() => void flush(), delay);
  };

  // Closing the popup flushes what is still waiting.
  useEffect(() => {
    const onHide = () => void flush();
    addEventListener('pagehide', onHide);
    return () => removeEventListener('pagehide', onHide);
  }, []);

  return { state, schedule, retry: flush };
}
