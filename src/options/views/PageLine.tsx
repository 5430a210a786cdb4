/** A saved review page inside a film entry: who wrote it and their rating beside the reader's, its note and passages; open, edit, delete. */
import { useState } from 'preact/hooks';
import { criticLine, ratingLabel, safeHref } from '../model/format';
import type { LibraryActions } from '../model/library-actions';
import type { HighlightRow, PageRow } from '../model/library-model';
import { pageReasons } from '../model/why';
import { NoteText } from './NoteText';
import { PageEditor } from './PageEditor';
import { Passages } from './Passages';
import { Marked, useSearch, Why } from './search-context';

export function PageLine(props: { row: PageRow; actions: LibraryActions; passages: readonly HighlightRow[] }) {
  const { page } = props.row;
  const [editing, setEditing] = useState(false);
  const search = useSearch();
  const title = page.postTitle || page.url;
  const critic = criticLine(page.detection?.review);
  return (
    <li class="page-line" data-page-id={page.id}>
      <div class="row">
        <a href={safeHref(page.url)} target="_blank" rel="noopener noreferrer">
          <Marked text={title} />
        </a>
        <span class="muted">{page.site}</span>
        {critic && <span class="critic">{critic}</span>}
        <span class="rating">you: {ratingLabel(page.entry.rating)}</span>
        <span class="muted">{props.row.highlights.length} highlights</span>
        <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          Edit<span class="visually-hidden"> {title}</span>
        </button>
        <button type="button" class="danger" onClick={() => void props.actions.deletePage(props.row)}>
          Delete<span class="visually-hidden"> {title}</span>
        </button>
      </div>
      {search && <Why reasons={pageReasons(props.row, search.needles, (h) => search.highlights[h.index] === 1)} />}
      {page.entry.note && <NoteText source={page.entry.note} />}
      {editing && <PageEditor row={props.row} onSaved={props.actions.pageSaved} onClose={() => setEditing(false)} />}
      <Passages items={props.passages} actions={props.actions} heading="Passages" />
    </li>
  );
}
