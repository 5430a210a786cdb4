/**
 * Editing a saved page from the library: the film title (kept as the reader's
 * correction), rating, watched date, tags and note. Every change autosaves;
 * the draft stays on screen until the background has stored it.
 */
import { useState } from 'preact/hooks';
import { request } from '../../platform/messaging';
import type { PageRecord, ReaderEntry } from '../../shared/records';
import { StarRating } from '../../ui/StarRating';
import { SaveStatus } from '../../ui/SaveStatus';
import { useAutosave } from '../../ui/use-autosave';
import type { PageRow } from '../model/library-model';
import { parseTags } from '../../ui/TagInput';

interface Draft {
  entry: ReaderEntry;
  title: string;
}

export function PageEditor(props: { row: PageRow; onSaved: (page: PageRecord) => void; onClose: () => void }) {
  const { page, film } = props.row;
  const [draft, setDraft] = useState<Draft>({ entry: page.entry, title: film.title ?? '' });
  const [tagText, setTagText] = useState(page.entry.tags.join(', '));
  const uid = page.id;
  const saver = useAutosave<Draft>(async (value) => {
    let latest = props.row.page;
    const entryChanged = JSON.stringify(value.entry) !== JSON.stringify(latest.entry);
    if (entryChanged) latest = (await request({ type: 'entry/update', target: { pageId: latest.id }, patch: value.entry })).page;
    const title = value.title.trim();
    if (title !== (props.row.film.title ?? '').trim()) {
      const detected = latest.detection?.film.title ?? null;
      const film = { ...(latest.correction?.film ?? {}) };
      if (title && title !== detected) film.title = title;
      else if (!title && detected) film.title = null;
      else delete film.title;
      const correction = Object.keys(film).length || latest.correction?.isReview !== undefined ? { ...latest.correction, film } : null;
      latest = (await request({ type: 'film/correct', target: { pageId: latest.id }, correction })).page;
    }
    props.onSaved(latest);
  });
  const change = (patch: Partial<Draft>, immediate: boolean) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    saver.schedule(next, immediate);
  };
  const setEntry = (patch: Partial<ReaderEntry>, immediate: boolean) => change({ entry: { ...draft.entry, ...patch } }, immediate);
  const id = (name: string) => `${name}-${encodeURIComponent(uid)}`;

  return (
    <div
      class="editor stack"
      role="group"
      aria-label={`Edit ${page.postTitle || page.url}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          void saver.retry().then(props.onClose);
        }
      }}
    >
      <div class="editor-grid">
        <div>
          <label for={id('title')}>Film title</label>
          <input id={id('title')} value={draft.title} onInput={(e) => change({ title: e.currentTarget.value }, false)} />
          <p class="muted small">A title you type here wins over what the page says.</p>
        </div>
        <StarRating value={draft.entry.rating} onChange={(rating) => setEntry({ rating }, true)} />
        <div>
          <label for={id('watched')}>Watched</label>{' '}
          <input id={id('watched')} type="date" value={draft.entry.watchedDate ?? ''} onChange={(e) => setEntry({ watchedDate: e.currentTarget.value || null }, true)} />
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
        <textarea id={id('note')} rows={5} value={draft.entry.note} onInput={(e) => setEntry({ note: e.currentTarget.value }, false)} />
      </div>
      <div class="row spread">
        <SaveStatus state={saver.state} onRetry={() => void saver.retry()} />
        <button type="button" onClick={() => void saver.retry().then(props.onClose)}>
          Done
        </button>
      </div>
    </div>
  );
}
