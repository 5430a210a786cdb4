import { useEffect, useRef, useState } from 'preact/hooks';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'error'; message: string };

/** Where an unsaved draft waits: the extension origin's localStorage, so a closed popup loses nothing. */
export interface DraftStore<P> {
  read(): P | null;
  write(patch: P | null): void;
}

/** A draft store in localStorage under `key`; storage failures only cost the safety net, never the edit. */
export function localDraft<P>(key: string): DraftStore<P> {
  return {
    read() {
      try {
        const raw = localStorage.getItem(key);
        return raw ? (JSON.parse(raw) as P) : null;
      } catch {
        return null;
      }
    },
    write(patch) {
      try {
        if (patch === null) localStorage.removeItem(key);
        else localStorage.setItem(key, JSON.stringify(patch));
      } catch {
        // Private mode or a full disk: the draft is still on screen.
      }
    },
  };
}

/**
 * Debounced autosave of patches. Changes are merged into one pending patch, so
 * a save only sends the fields the reader touched (an edit made elsewhere to
 * another field is not overwritten). Saves run one at a time; the pending
 * patch is dropped only once the background confirms it was stored. A failed
 * write is shown, kept (also in `drafts`, across a closed popup) and retried
 * on the next edit or by `retry()`.
 */
export function useAutosave<P extends object>(save: (patch: P) => Promise<void>, opts: { delay?: number; drafts?: DraftStore<P> } = {}) {
  const delay = opts.delay ?? 400;
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<P | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = async (): Promise<void> => {
    clearTimeout(timer.current);
    while (running.current) await running.current;
    const job = pending.current;
    if (!job) return;
    pending.current = null;
    setState({ kind: 'saving' });
    const run = (async () => {
      try {
        await saveRef.current(job);
        if (pending.current === null) {
          opts.drafts?.write(null);
          setState({ kind: 'saved', at: Date.now() });
        }
      } catch (error) {
        // Newer edits win over the failed ones, field by field.
        pending.current = { ...job, ...(pending.current ?? {}) } as P;
        opts.drafts?.write(pending.current);
        setState({ kind: 'error', message: (error as Error).message });
      }
    })();
    running.current = run;
    await run;
    if (running.current === run) running.current = null;
  };

  const schedule = (patch: P, immediate = false) => {
    pending.current = { ...(pending.current ?? {}), ...patch } as P;
    opts.drafts?.write(pending.current);
    clearTimeout(timer.current);
    timer.current = undefined;
    setState((s) => (s.kind === 'error' ? s : { kind: 'pending' }));
    if (immediate) void flush();
    else
      timer.current = setTimeout(() => {
        timer.current = undefined;
        void flush();
      }, delay);
  };

  // Closing the popup flushes what is still waiting (the draft store keeps it if that fails).
  useEffect(() => {
    const onHide = () => void flush();
    addEventListener('pagehide', onHide);
    return () => removeEventListener('pagehide', onHide);
  }, []);

  return { state, schedule, retry: flush };
}
