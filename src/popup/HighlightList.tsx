import { useState } from 'preact/hooks';
import { request } from '../shared/messages/client';
import { HIGHLIGHT_COLORS, type HighlightColor, type HighlightRecord } from '../shared/records';

function HighlightItem(props: { h: HighlightRecord; tabId: number; orphan: boolean; onChanged: () => void }) {
  const { h, tabId } = props;
  const [note, setNote] = useState(h.note);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = async (fn: () => Promise<unknown>) => {
    try {
      setError(null);
      await fn();
      props.onChanged();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <li class={`highlight ${h.color}`} data-highlight-id={h.id}>
      <blockquote>{h.text}</blockquote>
      {editing ? (
        <form onSubmit={(e) => { e.preventDefault(); void act(() => request({ type: 'highlight/update', id: h.id, note })).then(() => setEditing(false)); }}>
          <label for={`note-${h.id}`} class="visually-hidden">Note on this highlight</label>
          <textarea id={`note-${h.id}`} rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          <div class="row"><button class="primary" type="submit">Save note</button><button type="button" onClick={() => setEditing(false)}>Cancel</button></div>
        </form>
      ) : (
        h.note && <p class="hl-note">{h.note}</p>
      )}
      <div class="row">
        {props.orphan ? (
          <button type="button" onClick={() => void act(() => request({ type: 'highlight/reattach', tabId, id: h.id }).then((r) => { if (!r.highlight) throw new Error('Select the passage on the page first, then choose Re-attach.'); }))}>
            Re-attach to selection
          </button>
        ) : (
          <button type="button" onClick={() => void act(() => request({ type: 'highlight/scrollTo', tabId, id: h.id }))}>Show on page</button>
        )}
        {!editing && <button type="button" onClick={() => setEditing(true)}>{h.note ? 'Edit note' : 'Add note'}</button>}
        <label>
          <span class="visually-hidden">Colour</span>
          <select value={h.color} onChange={(e) => void act(() => request({ type: 'highlight/update', id: h.id, color: e.currentTarget.value as HighlightColor }))}>
            {HIGHLIGHT_COLORS.map((c) => <option value={c} key={c}>{c}</option>)}
          </select>
        </label>
        <button type="button" onClick={() => void act(() => request({ type: 'highlight/delete', id: h.id }))}>Delete</button>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
    </li>
  );
}

/** The page's saved passages; orphans (not found on the page any more) are listed apart, never hidden. */
export function HighlightList(props: { tabId: number; highlights: HighlightRecord[]; onChanged: () => void }) {
  const placed = props.highlights.filter((h) => h.lastStatus !== 'orphan');
  const orphans = props.highlights.filter((h) => h.lastStatus === 'orphan');
  const [visible, setVisible] = useState(true);
  const [message, setMessage] = useState('');
  return (
    <section class="highlights stack" aria-labelledby="hl-heading">
      <div class="row spread">
        <h2 id="hl-heading">Highlights ({props.highlights.length})</h2>
        {props.highlights.length > 0 && (
          <button type="button" aria-pressed={!visible} onClick={() => void request({ type: 'highlights/toggle', tabId: props.tabId, visible: !visible }).then(() => setVisible(!visible)).catch((e) => setMessage(e.message))}>
            {visible ? 'Hide highlights' : 'Show highlights'}
          </button>
        )}
      </div>
      {props.highlights.length === 0 && <p class="muted">Select a passage on the page and choose “Save highlight”.</p>}
      <ul class="plain stack" aria-label="Highlights on this page">
        {placed.map((h) => <HighlightItem key={h.id} h={h} tabId={props.tabId} orphan={false} onChanged={props.onChanged} />)}
      </ul>
      {orphans.length > 0 && (
        <div class="orphans stack">
          <h3>Not found on the page ({orphans.length})</h3>
          <p class="muted small">The page changed and these passages could not be placed. They are kept.</p>
          <button type="button" onClick={() => void request({ type: 'highlights/retry', tabId: props.tabId }).then(() => props.onChanged()).catch((e) => setMessage(e.message))}>Try again</button>
          <ul class="plain stack" aria-label="Highlights not found on the page">
            {orphans.map((h) => <HighlightItem key={h.id} h={h} tabId={props.tabId} orphan onChanged={props.onChanged} />)}
          </ul>
        </div>
      )}
      <p role="status" class="error">{message}</p>
    </section>
  );
}
