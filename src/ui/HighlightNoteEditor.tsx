/**
 * A highlight's note, edited in the popup, the side panel or the library: it
 * autosaves as an edit of the revision shown (see use-autosave.ts), so a note
 * changed elsewhere meanwhile is merged or shown, never overwritten; a draft
 * left by a closed window reopens the editor. "Save note" stores what is left
 * and closes; Cancel (or Escape) puts the note back as it was when opened.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { HighlightRecord } from '../shared/records';
import { HIGHLIGHT_KINDS, type HighlightFields } from '../shared/edits/records';
import { hasDraft, localDraft, useAutosave } from './use-autosave';
import { highlightSynced, sendHighlight } from './record-edits';
import { ConflictChoice, DraftOffer } from './EditChoices';
import { SaveStatus } from './SaveStatus';

export const highlightDraftKey = (id: string) => `reel-notes:draft:hl:${id}`;
export const hasHighlightDraft = (id: string) => hasDraft(highlightDraftKey(id));

export function HighlightNoteEditor(props: {
  h: HighlightRecord;
  label: string;
  textareaId: string;
  onSaved: (h: HighlightRecord) => void;
  /** Everything is stored: the editor may close. */
  onDone: () => void;
  onClose: () => void;
}) {
  const drafts = useMemo(() => localDraft(highlightDraftKey(props.h.id)), [props.h.id]);
  const saver = useAutosave<HighlightFields>({ synced: highlightSynced(props.h), kinds: HIGHLIGHT_KINDS, send: sendHighlight(props.h.id, props.onSaved), drafts });
  const [original] = useState(props.h.note);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  const rev = props.h.rev ?? 0;
  useEffect(() => saver.adopt(highlightSynced(props.h)), [rev]);
  const conflict = saver.conflicts.find((c) => c.field === 'note');
  const cancel = async () => {
    saver.set({ note: original });
    if (await saver.retry()) props.onClose();
  };
  return (
    <form
      class="stack"
      onSubmit={(e) => {
        e.preventDefault();
        void saver.retry().then((stored) => stored && props.onDone());
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          void cancel();
        }
      }}
    >
      <label for={props.textareaId}>{props.label}</label>
      {conflict && <ConflictChoice what="note" conflict={conflict} onChoose={(text) => saver.resolve('note', text)} />}
      <textarea id={props.textareaId} ref={area} rows={3} hidden={Boolean(conflict)} value={saver.values.note} onInput={(e) => saver.set({ note: e.currentTarget.value })} />
      {saver.offer && <DraftOffer what="note" preview={saver.offer.mine.note ?? ''} onRestore={saver.restoreOffer} onDiscard={saver.discardOffer} />}
      <div class="row">
        <button class="primary" type="submit">Save note</button>
        <button type="button" onClick={() => void cancel()}>Cancel</button>
      </div>
      {saver.state.kind !== 'idle' && <SaveStatus class="note-save-status" state={saver.state} onRetry={() => void saver.retry()} />}
    </form>
  );
}
