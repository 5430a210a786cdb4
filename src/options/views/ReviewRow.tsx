/** One saved page as a table row, with its editor underneath when open. */
import { markdownText } from '../../ui/markdown';
import { criticLine, excerpt, filmLabel, dayLabel, ratingLabel, safeHref } from '../model/format';
import { pageReasons } from '../model/why';
import { Marked, useSearch, Why } from './search-context';
import type { LibraryActions } from '../model/library-actions';
import type { PageRow } from '../model/library-model';
import { PageEditor } from './PageEditor';
import { effectiveIsReview } from '../../shared/records';

export const REVIEW_COLUMNS = 9;

export function ReviewRow(props: { row: PageRow; editing: boolean; onEdit: (open: boolean) => void; actions: LibraryActions }) {
  const { page, film, highlights, orphans } = props.row;
  const title = page.postTitle || page.url;
  const editorId = `editor-${props.row.index}`;
  const search = useSearch();
  const critic = criticLine(page.detection?.review);
  return (
    <>
      <tr data-page-id={page.id}>
        <td class="film">
          {/* A page kept for its passages (news, an interview) says so, rather than a bare dash. */}
          {film.title?.trim() ? <Marked text={filmLabel(film.title, film.year)} /> : <span class="muted">{effectiveIsReview(page.detection, page.correction) ? 'Film not named' : 'Not a review'}</span>}
        </td>
        <td class="page">
          <a href={safeHref(page.url)} target="_blank" rel="noopener noreferrer">
            <Marked text={title} />
          </a>
          <div class="muted small">
            <Marked text={page.site} />
            {critic && ` · ${critic}`}
          </div>
          {search && <Why reasons={pageReasons(props.row, search.needles, (h) => search.highlights[h.index] === 1)} />}
        </td>
        <td class="rating">{ratingLabel(page.entry.rating)}</td>
        <td class="tags">
          <Marked text={page.entry.tags.join(', ')} />
        </td>
        <td class="note">
          <Marked text={excerpt(markdownText(page.entry.note))} />
        </td>
        <td class="num">
          {highlights.length}
          {orphans > 0 && <span class="orphan-badge" title={`${orphans} not found on the page`}> ({orphans} orphaned)</span>}
        </td>
        <td class="date">{dayLabel(page.createdAt)}</td>
        <td class="date">{page.entry.watchedDate ?? '—'}</td>
        <td class="actions">
          <button type="button" aria-expanded={props.editing} aria-controls={editorId} onClick={() => props.onEdit(!props.editing)}>
            Edit<span class="visually-hidden"> {title}</span>
          </button>
          <button type="button" class="danger" onClick={() => void props.actions.deletePage(props.row)}>
            Delete<span class="visually-hidden"> {title}</span>
          </button>
        </td>
      </tr>
      {props.editing && (
        <tr class="editor-row" id={editorId}>
          <td colSpan={REVIEW_COLUMNS}>
            <PageEditor row={props.row} onSaved={props.actions.pageSaved} onClose={() => props.onEdit(false)} />
          </td>
        </tr>
      )}
    </>
  );
}
