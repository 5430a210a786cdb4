import { useEffect, useMemo, useState } from 'preact/hooks';
import { emptyEntry, LIMITS, type PageRecord, type ReaderEntry } from '../../shared/records';
import { ENTRY_KINDS } from '../../shared/edits/records';
import { StarRating } from '../StarRating';
import { Markdown } from '../markdown';
import { SaveStatus } from '../SaveStatus';
import { TagInput } from '../TagInput';
import { localDraft, useAutosave } from '../use-autosave';
import { ConflictChoice, DraftOffer, ReplacedNote } from '../EditChoices';
import { entryDraftSummary, entrySynced, replacedItems, sendEntry } from '../record-edits';

/**
 * The reader's diary entry for this page's film; every change autosaves, as an
 * edit of the revision shown (see use-autosave.ts): what was changed elsewhere
 * meanwhile is merged in, a note both sides changed in one place is shown both
 * ways for the reader to choose, and a draft left by a closed popup is restored
 * only on the revision it was typed on (else offered).
 */
export function EntryForm(props: { tabId: number; pageId: string; page: PageRecord | null; knownTags: string[]; onSaved: (p: PageRecord) => void }) {
  const drafts = useMemo(() => localDraft(`reel-notes:draft:${props.pageId}`), [props.pageId]);
  const saver = useAutosave<ReaderEntry>({
    synced: entrySynced(props.page, props.page?.entry ?? emptyEntry()),
    kinds: ENTRY_KINDS,
    send: sendEntry({ tabId: props.tabId }, props.onSaved),
    drafts,
  });
  const rev = props.page?.rev ?? 0;
  // A fresher copy (the side panel reloads after changes elsewhere): taken where the reader has not typed.
  useEffect(() => {
    if (props.page) saver.adopt(entrySynced(props.page, props.page.entry));
  }, [rev]);
  const entry = saver.values;
  const [preview, setPreview] = useState(false);
  const change = (patch: Partial<ReaderEntry>, immediate: boolean) => saver.set(patch, immediate);
  const tooLong = entry.note.length > LIMITS.note;
  const conflict = saver.conflicts.find((c) => c.field === 'note');

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
        {conflict && <ConflictChoice what="note" conflict={conflict} onChoose={(text) => saver.resolve('note', text)} />}
        <textarea
          id="note"
          rows={5}
          hidden={preview || Boolean(conflict)}
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
      {saver.offer && (
        <DraftOffer what="entry" preview={entryDraftSummary(saver.offer)} onRestore={saver.restoreOffer} onDiscard={saver.discardOffer} />
      )}
      {saver.restored && saver.state.kind !== 'saved' && <p class="muted small">Restored what you typed last time before it was saved.</p>}
      <ReplacedNote items={replacedItems(saver.replaced)} />
      <SaveStatus state={saver.state} onRetry={() => void saver.retry()} />
    </section>
  );
}
