/** A saved page inside a film or person entry: open, edit, delete. */
import { useState } from 'preact/hooks';
import { excerpt, ratingLabel, safeHref } from '../model/format';
import type { LibraryActions } from '../model/library-actions';
import type { PageRow } from '../model/library-model';
import { PageEditor } from './PageEditor';

export function PageLine(props: { row: PageRow; actions: LibraryActions }) {
  const { page } = props.row;
  const [editing, setEditing] = useState(false);
  const title = page.postTitle || page.url;
  return (
    <li class="page-line" data-page-id={page.id}>
      <div class="row">
        <a href={safeHref(page.url)} target="_blank" rel="noopener noreferrer">
          {title}
        </a>
        <span class="muted">{page.site}</span>
        <span class="rating">{ratingLabel(page.entry.rating)}</span>
        <span class="muted">{props.row.highlights.length} highlights</span>
        <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          Edit<span class="visually-hidden"> {title}</span>
        </button>
        <button type="button" class="danger" onClick={() => void props.actions.deletePage(props.row)}>
          Delete<span class="visually-hidden"> {title}</span>
        </button>
      </div>
      {page.entry.note && <p class="note">{excerpt(page.entry.note, 400)}</p>}
      {editing && <PageEditor row={props.row} onSaved={props.actions.pageSaved} onClose={() => setEditing(false)} />}
    </li>
  );
}
