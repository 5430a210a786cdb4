/**
 * One status line for a reader surface: what just happened, and an Undo when
 * it can be taken back (every delete and re-attach offers one). A new notice
 * replaces the old, so a stale count never stays on screen.
 */
import { useState } from 'preact/hooks';

export interface Notice {
  text: string;
  undo?: () => Promise<unknown>;
}

export interface Notices {
  current: Notice | null;
  say: (text: string, undo?: () => Promise<unknown>) => void;
}

export function useNotice(): Notices {
  const [current, setCurrent] = useState<Notice | null>(null);
  return { current, say: (text, undo) => setCurrent({ text, undo }) };
}

export function NoticeBar(props: { notices: Notices }) {
  const { current, say } = props.notices;
  const undo = async () => {
    if (!current?.undo) return;
    try {
      await current.undo();
      say('Undone.');
    } catch (e) {
      say(`Not undone: ${(e as Error).message}`);
    }
  };
  return (
    <div class="row notice" role="status">
      {current && <span>{current.text}</span>}
      {current?.undo && (
        <button type="button" onClick={() => void undo()}>
          Undo
        </button>
      )}
    </div>
  );
}
