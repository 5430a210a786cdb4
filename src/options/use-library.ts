/**
 * The library held by the options page and the actions on it. Each action
 * goes through the background; a delete offers an undo that restores exactly
 * what was removed (page/restore, highlight/restore, or a re-import for a
 * Letterboxd rating).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { request } from '../platform/messaging';
import { readListing, withReadOnlyDb } from '../shared/db/read';
import type { LibraryListing as Library } from '../shared/messages/types';
import { excerpt, plural } from './model/format';
import type { LibraryActions, UndoOffer } from './model/library-actions';
import { addHighlight, removeHighlight, removePage, removeRating, replaceHighlight, replacePage, restorePage } from './model/library-model';

/** Pages drawn before the rest of the library arrives: one screen's worth. */
export const FIRST_SCREEN = 100;

type Change = (lib: Library) => Library;

const afterPaint = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

let prefetched: ReturnType<typeof firstScreen> | null = null;

function firstScreen() {
  __TEST_HOOKS__ && performance.mark('reel-slice-requested');
  return request({ type: 'library/slice', offset: 0, limit: FIRST_SCREEN });
}

/** Asks for the first screen before the page renders anything (main.tsx), saving a frame. */
export function prefetchFirstScreen(): void {
  prefetched = firstScreen();
  prefetched.catch(() => undefined);
}

export function useLibrary() {
  const [library, setLibrary] = useState<Library | null>(null);
  /** Whether only the first screen is here and the rest of the library is on its way. */
  const [pending, setPending] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const offers = useRef(0);
  const loads = useRef(0);
  /** Changes made while the whole library is on its way, replayed onto it when it arrives (each is idempotent). */
  const journal = useRef<Change[] | null>(null);
  const shown = useRef(false);

  const update = useCallback((change: Change) => {
    journal.current?.push(change);
    setLibrary((lib) => lib && change(lib));
  }, []);

  /**
   * The first screen comes from `library/slice` so that it shows at once in a
   * large library (and the background has opened, or upgraded, the database);
   * the whole library follows for search, films and people, read by this page
   * itself in chunks (shared/db/read.ts: no message could carry a large one).
   */
  const reload = useCallback(() => {
    const load = ++loads.current;
    journal.current = [];
    const fail = (e: unknown) => load === loads.current && setLoadError((e as Error).message);
    const whole = () =>
      withReadOnlyDb(readListing).then((lib) => {
        if (load !== loads.current) return;
        const changes = journal.current ?? [];
        journal.current = null;
        setLibrary(changes.reduce((acc, change) => change(acc), lib));
        setPending(false);
        setLoadError(null);
      }, fail);
    // Once something is shown (a reload after an import), the library on screen stays until the new one is here.
    if (shown.current) return void whole();
    shown.current = true;
    // One after the other: on a busy machine the slice would otherwise wait behind the whole read.
    const first = prefetched ?? firstScreen();
    prefetched = null;
    first
      .then((first) => {
        __TEST_HOOKS__ && performance.mark('reel-slice-received');
        if (load !== loads.current) return;
        if (first.more) {
          setLibrary({ pages: first.pages, highlights: first.highlights, films: [] });
          setPending(true);
          // Building the whole library's model keeps the page busy: paint the first screen before.
          return afterPaint();
        }
      })
      .catch(() => undefined)
      .then(whole);
  }, []);
  useEffect(reload, []);

  const offer = (message: string, run: () => Promise<void>) => setUndo({ id: ++offers.current, message, undo: run });
  const guard = async (what: string, fn: () => Promise<void>) => {
    setActionError(null);
    try {
      await fn();
    } catch (e) {
      setActionError(`${what}: ${(e as Error).message}`);
    }
  };

  const actions = useMemo<LibraryActions>(
    () => ({
      pageSaved: (page) => update((lib) => replacePage(lib, page)),
      highlightSaved: (h) => update((lib) => replaceHighlight(lib, h)),
      deletePage: (row) =>
        guard('Could not delete the page', async () => {
          const { snapshot } = await request({ type: 'page/delete', pageId: row.page.id });
          update((lib) => removePage(lib, row.page.id));
          if (!snapshot) return;
          const n = snapshot.highlights.length;
          offer(`Deleted “${excerpt(row.page.postTitle || row.page.url, 80)}”${n ? ` and its ${plural(n, 'highlight')}` : ''}.`, async () => {
            await request({ type: 'page/restore', snapshot });
            update((lib) => restorePage(lib, snapshot.page, snapshot.highlights));
          });
        }),
      deleteHighlight: (h) =>
        guard('Could not delete the highlight', async () => {
          const highlight = h.highlight;
          await request({ type: 'highlight/delete', id: highlight.id });
          update((lib) => removeHighlight(lib, highlight.id));
          offer(`Deleted the passage “${excerpt(highlight.text, 60)}”.`, async () => {
            await request({ type: 'highlight/restore', highlight });
            update((lib) => addHighlight(lib, highlight));
          });
        }),
      deleteRating: (r) =>
        guard('Could not remove the rating', async () => {
          const { film } = await request({ type: 'film-rating/delete', id: r.id });
          update((lib) => removeRating(lib, r.id));
          offer(`Removed the Letterboxd film “${excerpt(r.title, 60)}”.`, async () => {
            // The film goes back whole (every watch, its lists) as a one-film backup; loaded only when needed.
            const { makeBackup } = await import('../shared/formats/backup');
            if (film) await request({ type: 'library/import', kind: 'backup', text: JSON.stringify(makeBackup({ pages: [], highlights: [], films: [film] }, new Date().toISOString())) });
            reload();
          });
        }),
    }),
    [],
  );

  return { library, pending, loadError, actionError, dismissError: () => setActionError(null), actions, reload, undo, clearUndo: () => setUndo(null) };
}
