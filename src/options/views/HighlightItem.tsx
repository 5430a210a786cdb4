/** One kept passage with its note and page: edit the note, open the page at it, delete it. */
import { useState } from 'preact/hooks';
import { HighlightNoteEditor, hasHighlightDraft } from '../../ui/HighlightNoteEditor';
import { filmLabel, dayLabel, passageHref } from '../model/format';
import type { LibraryActions } from '../model/library-actions';
import type { HighlightRow } from '../model/library-model';
import { highlightReasons } from '../model/why';
import { NoteText } from './NoteText';
import { Marked, useSearch, Why } from './search-context';

export function HighlightItem(props: { h: HighlightRow; actions: LibraryActions; showPage?: boolean }) {
  const { highlight, row } = props.h;
  const [editing, setEditing] = useState(() => hasHighlightDraft(highlight.id));
  const orphan = highlight.lastStatus === 'orphan';
  const noteId = `hl-note-${props.h.index}`;
  const search = useSearch();
  return (
    <li class={`highlight ${highlight.color}${orphan ? ' orphan' : ''}`} data-highlight-id={highlight.id}>
      <blockquote>
        <Marked text={highlight.text} />
      </blockquote>
      {orphan && <p class="orphan-badge">Orphaned: not found on the page at the last visit (kept, never dropped)</p>}
      {editing ? (
        <HighlightNoteEditor
          h={highlight}
          label="Note on this passage"
          textareaId={noteId}
          onSaved={props.actions.highlightSaved}
          onDone={() => setEditing(false)}
          onClose={() => setEditing(false)}
        />
      ) : (
        highlight.note && <NoteText class="hl-note" source={highlight.note} />
      )}
      {search && <Why reasons={highlightReasons(props.h, search.needles)} />}
      <div class="row small">
        {props.showPage !== false && (
          <span class="muted">
            {filmLabel(row.film.title, row.film.year)} · {row.page.postTitle || row.page.site} · {dayLabel(highlight.createdAt)}
          </span>
        )}
        <a href={passageHref(row.page.url, highlight.text)} target="_blank" rel="noopener noreferrer">
          Open at passage
        </a>
        {!editing && (
          <button type="button" onClick={() => setEditing(true)}>
            {highlight.note ? 'Edit note' : 'Add note'}
          </button>
        )}
        <button type="button" class="danger" onClick={() => void props.actions.deleteHighlight(props.h)}>
          Delete<span class="visually-hidden"> passage</span>
        </button>
      </div>
    </li>
  );
}
