/**
 * What was just deleted, with an Undo button, for several seconds. The time
 * stops while the bar has focus or the pointer, so no one has to race it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UndoOffer } from '../model/library-actions';

export const UNDO_MS = 10_000;


export function UndoBar(props: { offer: UndoOffer | null; onDone: () => void }) {
  const { offer } = props;
  const [paused, setPaused] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  /** The bar is about to hide: focus moves to the view rather than being lost. */
  const done = () => {
    if (bar.current?.contains(document.activeElement)) document.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])')?.focus();
    props.onDone();
  };
  useEffect(() => {
    setError(null);
    if (offer) button.current?.focus();
  }, [offer?.id]);
  useEffect(() => {
    if (!offer || paused) return;
    const t = setTimeout(props.onDone, UNDO_MS);
    return () => clearTimeout(t);
  }, [offer?.id, paused]);
  return (
    <div class="undo-bar" role="status" aria-live="polite" hidden={!offer} ref={bar}
      onFocusIn={() => setPaused(true)} onFocusOut={() => setPaused(false)}
      onMouseEnter={() => setPaused(true)} onMouseLeave={() => setPaused(false)}>
      {offer && (
        <>
          <span>{offer.message}</span>
          <button
            type="button"
            class="primary"
            ref={button}
            onClick={() => {
              offer.undo().then(done, (e) => setError((e as Error).message));
            }}
          >
            Undo
          </button>
          <button type="button" aria-label="Dismiss" onClick={done}>
            ×
          </button>
          {error && <span class="error" role="alert">Could not undo: {error}</span>}
        </>
      )}
    </div>
  );
}
