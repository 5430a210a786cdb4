import type { SaveState } from './use-autosave';

/** The visible, announced save state; an error offers a retry and keeps the draft. */
export function SaveStatus(props: { state: SaveState; onRetry: () => void; class?: string }) {
  const s = props.state;
  return (
    <div class={props.class ?? 'save-status'} role="status" aria-live="polite" data-state={s.kind}>
      {(s.kind === 'pending' || s.kind === 'saving') && <span class="muted">Saving…</span>}
      {s.kind === 'saved' && <span class="ok">Saved</span>}
      {s.kind === 'conflict' && <span class="error">Not saved yet: changed elsewhere too. Choose which text to keep.</span>}
      {s.kind === 'error' && (
        <span class="error">
          Not saved: {s.message} Your text is kept here.{' '}
          <button type="button" onClick={props.onRetry}>
            Try again
          </button>
        </span>
      )}
    </div>
  );
}
