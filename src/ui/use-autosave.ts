/**
 * Autosave of one record the reader edits, for every surface (popup, side
 * panel, library): changes are sent, debounced, as an edit of the copy the
 * reader has (its revision and, per field, what it changed from; see
 * src/shared/edits/), one at a time. The answer is the record as stored, with
 * what was merged in from elsewhere (taken where the reader has not typed
 * since), texts that could not be merged (the reader chooses), and values that
 * replaced one set elsewhere (said). What is not acknowledged yet is kept as a
 * draft in localStorage with the revision it was typed on (see EditSession).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { EditSession, readDraft, type Draft, type EditReply, type OpenConflict, type Sending, type Synced } from '../shared/edits/session';
import type { Kinds, Replaced } from '../shared/edits/field-edit';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'conflict' }
  | { kind: 'error'; message: string };

/** Where an unsaved draft waits: the extension origin's localStorage, so a closed popup loses nothing. */
export interface DraftStore {
  read(): unknown;
  write(draft: object | null): void;
}

/** Whether a draft waits under `key` (an editor that opens only on demand opens for it). */
export function hasDraft(key: string): boolean {
  try {
    return localStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}

/** A draft store in localStorage under `key`; storage failures only cost the safety net, never the edit. */
export function localDraft(key: string): DraftStore {
  return {
    read() {
      try {
        const raw = localStorage.getItem(key);
        return raw ? (JSON.parse(raw) as unknown) : null;
      } catch {
        return null;
      }
    },
    write(draft) {
      try {
        if (draft === null) localStorage.removeItem(key);
        else localStorage.setItem(key, JSON.stringify(draft));
      } catch {
        // Private mode or a full disk: the draft is still on screen.
      }
    },
  };
}

export interface AutosaveOptions<V> {
  synced: Synced<V>;
  kinds: Kinds<V>;
  send: (sending: Sending<V>) => Promise<EditReply<V>>;
  drafts?: DraftStore;
  delay?: number;
}

export function useAutosave<V extends object>(opts: AutosaveOptions<V>) {
  const delay = opts.delay ?? 400;
  const session = useMemo(() => new EditSession<V>(opts.synced, opts.kinds), []);
  const [, rerender] = useState(0);
  const refresh = () => rerender((n) => n + 1);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [replaced, setReplaced] = useState<Replaced[]>([]);
  // What a draft found on opening means (see EditSession.open), decided once.
  const [opening] = useState(() => {
    const draft = opts.drafts ? readDraft<V>(opts.drafts.read(), opts.kinds) : null;
    const verdict = session.open(draft);
    if (verdict === 'none') opts.drafts?.write(null);
    return { verdict, draft };
  });
  const [offer, setOfferState] = useState<Draft<V> | null>(opening.verdict === 'offered' ? opening.draft : null);
  // Read by timers and the pagehide handler, which outlive the render that made them.
  const offered = useRef(offer);
  const failed = useRef(false);
  const setOffer = (d: Draft<V> | null) => {
    offered.current = d;
    setOfferState(d);
  };
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const sendRef = useRef(opts.send);
  sendRef.current = opts.send;

  const keepDraft = () => {
    // An offered draft stays stored until the reader decides.
    if (!offered.current) opts.drafts?.write(session.draft());
  };

  const settle = () => {
    if (session.openConflicts().length) setState({ kind: 'conflict' });
    else if (!session.dirtyFields().length) setState({ kind: 'saved', at: Date.now() });
  };

  /** Sends what is waiting; true when everything the reader typed is stored (no conflict, no failure left). */
  const flush = async (): Promise<boolean> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    while (running.current) await running.current;
    const stored = () => !failed.current && !session.openConflicts().length && !session.dirtyFields().length;
    const sending = session.begin();
    if (!sending) return stored();
    setState({ kind: 'saving' });
    const run = (async () => {
      try {
        const reply = await sendRef.current(sending);
        session.acknowledge(sending, reply);
        setReplaced(reply.replaced);
        keepDraft();
        refresh();
        failed.current = false;
        settle();
      } catch (error) {
        failed.current = true;
        keepDraft();
        setState({ kind: 'error', message: (error as Error).message });
      }
    })();
    running.current = run;
    await run;
    if (running.current === run) running.current = null;
    // Typed while that write was on its way: send the rest.
    if (timer.current === undefined && !failed.current && session.begin()) return flush();
    return stored();
  };

  const schedule = (immediate: boolean) => {
    keepDraft();
    clearTimeout(timer.current);
    timer.current = undefined;
    setState((s) => (s.kind === 'error' || s.kind === 'conflict' ? s : { kind: 'pending' }));
    if (immediate) void flush();
    else
      timer.current = setTimeout(() => {
        timer.current = undefined;
        void flush();
      }, delay);
  };

  useEffect(() => {
    if (opening.verdict === 'restored') schedule(true);
    // Leaving flushes what is still waiting. A toolbar popup is closed by the
    // browser when it loses focus, and Chromium drops what a closing page sends
    // at pagehide, so the write starts at blur or hiding, while the page lives;
    // pagehide stays for a close with no blur first. The draft keeps anything
    // that still does not land, for the next editor of the record.
    const onLeave = () => void flush();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') onLeave();
    };
    addEventListener('blur', onLeave);
    addEventListener('pagehide', onLeave);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      removeEventListener('blur', onLeave);
      removeEventListener('pagehide', onLeave);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, []);

  return {
    values: session.local,
    base: session.base,
    state,
    restored: opening.verdict === 'restored',
    replaced,
    conflicts: session.openConflicts() as OpenConflict[],
    offer,
    set(patch: Partial<V>, immediate = false) {
      session.set(patch);
      refresh();
      schedule(immediate);
    },
    /** The reader's choice for a conflicted field. */
    resolve(field: keyof V, text: string) {
      session.resolve(field, text);
      refresh();
      schedule(true);
    },
    /** The offered draft put on the current record (texts merged by the background from what they were typed on). */
    restoreOffer() {
      if (!offer) return;
      session.restore(offer);
      setOffer(null);
      refresh();
      opts.drafts?.write(session.draft());
      schedule(true);
    },
    discardOffer() {
      setOffer(null);
      opts.drafts?.write(session.draft());
    },
    /** A fresher copy of the record arrived (a reload): taken where the reader has not typed. */
    adopt(synced: Synced<V>) {
      session.adopt(synced);
      refresh();
    },
    retry: flush,
  };
}

const RANK: Record<SaveState['kind'], number> = { idle: 0, saved: 1, pending: 2, saving: 3, conflict: 4, error: 5 };

/** One status line for several autosaves of one editor: the one the reader most needs to know about. */
export function worstOf(...states: SaveState[]): SaveState {
  return states.reduce((a, b) => (RANK[b.kind] > RANK[a.kind] ? b : a));
}
