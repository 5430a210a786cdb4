import { useEffect, useMemo, useState } from 'preact/hooks';
import { request } from '../../platform/messaging';
import { emptyEntry, LIMITS, type PageRecord, type ReaderEntry } from '../../shared/records';
import { StarRating } from '../StarRating';
import { Markdown } from '../markdown';
import { SaveStatus } from '../SaveStatus';
import { TagInput } from '../TagInput';
import { localDraft, useAutosave } from '../use-autosave';

/** The most a note may hold (the background's schema refuses more). */

/**
 * The reader's diary entry for this page's film; every change autosaves.
 * What was typed but not stored yet is kept in a local draft and restored on
 * the next open, so closing the popup during a failed write loses nothing.
 */
export function EntryForm(props: { tabId: number; pageId: string; entry: ReaderEntry | null; knownTags: string[]; onSaved: (p: PageRecord) => void }) {
  const drafts = useMemo(() => localDraft<Partial<ReaderEntry>>(`reel-notes:draft:${props.pageId}`), [props.pageId]);
  const restored = useMemo(() => drafts.read(), [drafts]);
  const [entry, setEntry] = useState<ReaderEntry>({ ...(props.entry ?? emptyEntry()), ...(restored ?? {}) });
  const [preview, setPreview] = useState(false);
  const saver = useAutosave<Partial<ReaderEntry>>(
    async (patch) => {
      const { page } = await request({ type: 'entry/update', target: { tabId: props.tabId }, patch });
      props.onSaved(page);
    },
    { drafts },
  );
  useEffect(() => {
    if (restored) saver.schedule(restored, true);
  }, []);

  const change = (patch: Partial<ReaderEntry>, immediate: boolean) => {
    setEntry((e) => ({ ...e, ...patch }));
    saver.schedule(patch, immediate);
  };
  const tooLong = entry.note.length > LIMITS.note;

  return (
    <section class="entry stack" aria-labelledby="entry-heading">
      <h2 id="entry-heading">Your entry</h2>
      <StarRating value={entry.rating} onChange={(rating) => change({ rating }, true)} />
      <div class="row">
        <label class="check">
          <input type="checkbox" checked={entry.liked} onChange={(e) => change({ liked: e.currentTarget.checked }, true)} /> Liked
        </label>
        <label class="check">
          <input type="checkbox" checked={entry.rewatch} onChange={(e) => change({ rewatch: e.currentTarget.checked }, true)} /> Rewatch
        </label>
        <label>
          Watched{' '}
          <input type="date" value={entry.watchedDate ?? ''} max="2200-12-31" onChange={(e) => change({ watchedDate: e.currentTarget.value || null }, true)} />
        </label>
      </div>
      <TagInput tags={entry.tags} known={props.knownTags} onChange={(tags) => change({ tags }, true)} />
      <div>
        <div class="row spread">
          <label for="note">Note</label>
          {/* The label names what a press does next, so it changes with the view ("Preview" kept its label when on). */}
          <button type="button" aria-controls={preview ? 'note-preview' : 'note'} onClick={() => setPreview(!preview)}>
            {preview ? 'Back to writing' : 'Preview'}
          </button>
        </div>
        <textarea
          id="note"
          rows={5}
          hidden={preview}
          value={entry.note}
          aria-describedby="note-help"
          aria-invalid={tooLong}
          onInput={(e) => change({ note: e.currentTarget.value }, false)}
        />
        {preview && (
          <div id="note-preview" class="preview" role="region" aria-label="Note preview">
            {entry.note.trim() ? <Markdown source={entry.note} /> : <p class="muted">Nothing written yet.</p>}
          </div>
        )}
        <div id="note-help" class={`small ${tooLong ? 'error' : 'muted'}`}>
          {tooLong
            ? `Too long to save: ${entry.note.length.toLocaleString('en')} characters, the most is ${LIMITS.note.toLocaleString('en')}.`
            : 'Markdown: **bold**, *italic*, - lists, > quotes, [links](https://…).'}
        </div>
      </div>
      {restored && saver.state.kind !== 'saved' && <p class="muted small">Restored what you typed last time before it was saved.</p>}
      <SaveStatus state={saver.state} onRetry={() => void saver.retry()} />
    </section>
  );
}
