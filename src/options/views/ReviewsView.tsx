/** Every saved page, one row each, a page of rows at a time. */
import { useState } from 'preact/hooks';
import type { LibraryActions } from '../model/library-actions';
import type { PageRow } from '../model/library-model';
import { ReviewRow } from './ReviewRow';
import { ShowMore, usePaged } from './ShowMore';

export function ReviewsView(props: { rows: readonly PageRow[]; total: number; actions: LibraryActions }) {
  const [shown, limit, more] = usePaged(props.rows);
  const [editing, setEditing] = useState<string | null>(null);
  if (props.total === 0) return <p class="muted">Nothing saved yet. Rate a film or save a highlight on a review to start.</p>;
  if (props.rows.length === 0) return <p class="muted">No saved page matches.</p>;
  return (
    <>
      <table class="pages">
        <caption class="visually-hidden">Saved review pages</caption>
        <thead>
          <tr>
            <th scope="col">Film</th>
            <th scope="col">Page</th>
            <th scope="col">Rating</th>
            <th scope="col">Tags</th>
            <th scope="col">Note</th>
            <th scope="col">Highlights</th>
            <th scope="col">Saved</th>
            <th scope="col">Watched</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <ReviewRow
              key={row.page.id}
              row={row}
              editing={editing === row.page.id}
              onEdit={(open) => setEditing(open ? row.page.id : null)}
              actions={props.actions}
            />
          ))}
        </tbody>
      </table>
      <ShowMore shown={Math.min(limit, props.rows.length)} total={props.rows.length} noun="pages" onMore={more} />
    </>
  );
}

