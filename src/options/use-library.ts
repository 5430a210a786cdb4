/**
 * The library held by the options page and the actions on it. Each action
 * goes through the background; a delete offers an undo that restores exactly
 * what was removed (page/restore, highlight/restore, or a re-import for a
 * Letterboxd rating).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { request } from '../shared/messages/client';
import type { Library } from '../shared/messages/types';
import { excerpt, plural } from './format';
import type { LibraryActions } from './library-actions';
import { addHighlight, removeHighlight, removePage, removeRating, replaceHighlight, replacePage, restorePage } from './library-model';
import { ratingAsCsv } from './rating-csv';
import type { UndoOffer } from './UndoBar';

export function useLibrary() {
  const [library, setLibrary] = useState<Library | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const offers = useRef(0);

  const reload = useCallback(() => {
    request({ type: 'library/list' }).then(
      (lib) => {
        setLibrary(lib);
        setLoadError(null);
      },
      (e) => setLoadError((e as Error).message),
    );
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
      pageSaved: (page) => setLibrary((lib) => lib && replacePage(lib, page)),
      highlightSaved: (h) => setLibrary((lib) => lib && replaceHighlight(lib, h)),
      deletePage: (row) =>
        guard('Could not delete the page', async () => {
          const { snapshot } = await request({ type: 'page/delete', pageId: row.page.id });
          setLibrary((lib) => lib && removePage(lib, row.page.id));
          if (!snapshot) return;
          const n = snapshot.highlights.length;
          offer(`Deleted “${excerpt(row.page.postTitle || row.page.url, 80)}”${n ? ` and its ${plural(n, 'highlight')}` : ''}.`, async () => {
            await request({ type: 'page/restore', snapshot });
            setLibrary((lib) => lib && restorePage(lib, snapshot.page, snapshot.highlights));
          });
        }),
      deleteHighlight: (h) =>
        guard('Could not delete the highlight', async () => {
          const highlight = h.highlight;
          await request({ type: 'highlight/delete', id: highlight.id });
          setLibrary((lib) => lib && removeHighlight(lib, highlight.id));
          offer(`Deleted the passage “${excerpt(highlight.text, 60)}”.`, async () => {
            await request({ type: 'highlight/restore', highlight });
            setLibrary((lib) => lib && addHighlight(lib, highlight));
          });
        }),
      deleteRating: (r) =>
        guard('Could not remove the rating', async () => {
          await request({ type: 'film-rating/delete', id: r.id });
          setLibrary((lib) => lib && removeRating(lib, r.id));
          offer(`Removed the Letterboxd rating of “${excerpt(r.title, 60)}”.`, async () => {
            await request({ type: 'library/import', kind: 'letterboxd', text: ratingAsCsv(r) });
            reload();
          });
        }),
    }),
    [],
  );

  return { library, loadError, actionError, dismissError: () => setActionError(null), actions, reload, undo, clearUndo: () => setUndo(null) };
}
