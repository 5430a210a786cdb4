/**
 * What the reader is shown when their edit met another one: a text both sides
 * changed (both versions, and a choice), a draft from an earlier visit on a
 * record that moved on (offered, never applied silently), and a value their
 * edit replaced. Plain buttons and text: keyboard usable, announced, and the
 * texts are rendered as text.
 */
import { useEffect, useId, useRef } from 'preact/hooks';
import type { OpenConflict } from '../shared/edits/session';

export function ConflictChoice(props: { what: string; conflict: OpenConflict; onChoose: (text: string) => void }) {
  const id = useId();
  const { conflict } = props;
  const first = useRef<HTMLButtonElement>(null);
  // The reader was typing: the choice takes the focus so that it is heard and reachable at once.
  useEffect(() => first.current?.focus(), []);
  return (
    <div class="edit-choice conflict stack" role="group" aria-labelledby={`${id}-q`}>
      <p id={`${id}-q`} role="alert">
        Your {props.what} was also changed elsewhere since you started typing, in the same place. Which text should be kept?
      </p>
      <div class="versions">
        <div>
          <h3 id={`${id}-mine`}>Yours</h3>
          <pre class="version" aria-labelledby={`${id}-mine`} tabIndex={0}>{conflict.mine}</pre>
        </div>
        <div>
          <h3 id={`${id}-theirs`}>Saved elsewhere</h3>
          <pre class="version" aria-labelledby={`${id}-theirs`} tabIndex={0}>{conflict.theirs}</pre>
        </div>
      </div>
      <div class="row">
        <button type="button" ref={first} onClick={() => props.onChoose(conflict.mine)}>Keep yours</button>
        <button type="button" onClick={() => props.onChoose(conflict.theirs)}>Keep the other</button>
        <button type="button" onClick={() => props.onChoose(conflict.both)}>Keep both</button>
      </div>
    </div>
  );
}

export function DraftOffer(props: { what: string; preview: string; onRestore: () => void; onDiscard: () => void }) {
  const id = useId();
  return (
    <div class="edit-choice draft-offer stack" role="group" aria-labelledby={`${id}-q`}>
      <p id={`${id}-q`} role="alert">
        Restore your unsaved text? You typed this {props.what} earlier, and it was changed elsewhere since.
      </p>
      {props.preview && <pre class="version" tabIndex={0} aria-label="Your unsaved text">{props.preview}</pre>}
      <div class="row">
        <button type="button" onClick={props.onRestore}>Restore</button>
        <button type="button" onClick={props.onDiscard}>Discard</button>
      </div>
    </div>
  );
}

/** Values the reader's last save replaced, set elsewhere after their copy: said, not silently lost. */
export function ReplacedNote(props: { items: { label: string; theirs: string }[] }) {
  if (!props.items.length) return null;
  return (
    <p class="muted small" role="status">
      Changed elsewhere meanwhile, replaced by yours: {props.items.map((i) => `${i.label} (was ${i.theirs})`).join('; ')}.
    </p>
  );
}
