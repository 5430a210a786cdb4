/**
 * Editing a saved page from the library: the film title (kept as the reader's
 * correction), rating, watched date, tags and note. Every change autosaves;
 * the draft stays on screen until the background has stored it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { FilmCorrection, PageRecord, ReaderEntry } from '../../shared/records';
import { CORRECTION_KINDS, ENTRY_KINDS, type CorrectionFields } from '../../shared/edits/records';
import { StarRating } from '../../ui/StarRating';
import { SaveStatus } from '../../ui/SaveStatus';
import { localDraft, useAutosave, worstOf } from '../../ui/use-autosave';
import { ConflictChoice, DraftOffer, ReplacedNote } from '../../ui/EditChoices';
import { correctionDraftSummary, entryDraftSummary, entrySynced, replacedItems, sendCorrection, sendEntry } from '../../ui/record-edits';
import type { PageRow } from '../model/library-model';
import { parseTags } from '../../ui/TagInput';

/** The correction that makes the film's title `title` (empty: back to what the page says), other corrected fields kept. */
function withTitle(page: PageRecord, correction: FilmCorrection | null, title: string): FilmCorrection | null {
  const detected = page.detection?.film.title ?? null;
  const film = { ...(correction?.film ?? {}) };
  if (title && title !== detected) film.title = title;
  else if (!title && detected) film.title = null;
  else delete film.title;
  return Object.keys(film).length || correction?.isReview !== undefined ? { ...correction, film } : null;
}

export function PageEditor(props: { row: PageRow; onSaved: (page: PageRecord) => void; onClose: () => void }) {
  const { page, film } = props.row;
  const target = { pageId: page.id };
  // The same drafts as the popup's entry form: one page, one draft, whichever surface it was typed in.
  const entryDrafts = useMemo(() => localDraft(`reel-notes:draft:${page.id}`), [page.id]);
  const filmDrafts = useMemo(() => localDraft(`reel-notes:draft:film:${page.id}`), [page.id]);
  const saver = useAutosave<ReaderEntry>({ synced: entrySynced(page, page.entry), kinds: ENTRY_KINDS, send: sendEntry(target, props.onSaved), drafts: entryDrafts });
  const filmSaver = useAutosave<CorrectionFields>({
    synced: { rev: page.rev ?? 0, values: { correction: page.correction } },
    kinds: CORRECTION_KINDS,
    send: sendCorrection(target, props.onSaved),
    drafts: filmDrafts,
  });
  const rev = page.rev ?? 0;
  useEffect(() => {
    saver.adopt(entrySynced(page, page.entry));
    filmSaver.adopt({ rev, values: { correction: page.correction } });
  }, [rev]);
  const [title, setTitle] = useState(film.title ?? '');
  const [tagText, setTagText] = useState(page.entry.tags.join(', '));
  const entry = saver.values;
  const uid = page.id;
  const setEntry = (patch: Partial<ReaderEntry>, immediate: boolean) => saver.set(patch, immediate);
  const changeTitle = (text: string) => {
    setTitle(text);
    filmSaver.set({ correction: withTitle(page, filmSaver.values.correction, text.trim()) });
  };
  const flushAll = () => Promise.all([saver.retry(), filmSaver.retry()]);
  const id = (name: string) => `${name}-${encodeURIComponent(uid)}`;
  const conflict = saver.conflicts.find((c) => c.field === 'note');

  return (
    <div
      class="editor stack"
      role="group"
      aria-label={`Edit ${page.postTitle || page.url}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          void flushAll().then(props.onClose);
        }
      }}
    >
      <div class="editor-grid">
        <div>
          <label for={id('title')}>Film title</label>
          <input id={id('title')} value={title} onInput={(e) => changeTitle(e.currentTarget.value)} />
          <p class="muted small">A title you type here wins over what the page says.</p>
        </div>
        <StarRating value={entry.rating} onChange={(rating) => setEntry({ rating }, true)} />
        <div>
          <label for={id('watched')}>Watched</label>{' '}
          <input id={id('watched')} type="date" value={entry.watchedDate ?? ''} onChange={(e) => setEntry({ watchedDate: e.currentTarget.value || null }, true)} />
        </div>
        <div>
          <label for={id('tags')}>Tags</label>
          <input
            id={id('tags')}
            value={tagText}
            aria-describedby={id('tags-help')}
            onInput={(e) => {
              setTagText(e.currentTarget.value);
              setEntry({ tags: parseTags(e.currentTarget.value) }, false);
            }}
          />
          <p id={id('tags-help')} class="muted small">Separate tags with commas.</p>
        </div>
      </div>
      <div>
        <label for={id('note')}>Note</label>
        {conflict && <ConflictChoice what="note" conflict={conflict} onChoose={(text) => saver.resolve('note', text)} />}
        <textarea id={id('note')} rows={5} hidden={Boolean(conflict)} value={entry.note} onInput={(e) => setEntry({ note: e.currentTarget.value }, false)} />
      </div>
      {saver.offer && <DraftOffer what="entry" preview={entryDraftSummary(saver.offer)} onRestore={saver.restoreOffer} onDiscard={saver.discardOffer} />}
      {filmSaver.offer && <DraftOffer what="film correction" preview={correctionDraftSummary(filmSaver.offer)} onRestore={filmSaver.restoreOffer} onDiscard={filmSaver.discardOffer} />}
      <ReplacedNote items={replacedItems([...saver.replaced, ...filmSaver.replaced])} />
      <div class="row spread">
        <SaveStatus state={worstOf(saver.state, filmSaver.state)} onRetry={() => void flushAll()} />
        <button type="button" onClick={() => void flushAll().then(props.onClose)}>
          Done
        </button>
      </div>
    </div>
  );
}
