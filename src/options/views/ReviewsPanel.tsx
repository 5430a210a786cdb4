/** The Reviews view for the current search and filters, with its own sort. */
import { useMemo, useState } from 'preact/hooks';
import { PAGE_SORTS, sortPages, type PageSort } from '../model/filters';
import type { LibraryActions } from '../model/library-actions';
import type { PageRow } from '../model/library-model';
import { plural } from '../model/format';
import { ReviewsView } from './ReviewsView';
import { SortBar } from './SortBar';

const OPTIONS = PAGE_SORTS.map((s) => [s.value, s.label] as [PageSort, string]);

export function ReviewsPanel(props: { rows: readonly PageRow[]; total: number; actions: LibraryActions }) {
  const [sort, setSort] = useState<PageSort>('updated');
  const rows = useMemo(() => (sort === 'updated' ? props.rows : sortPages(props.rows, sort)), [props.rows, sort]);
  return (
    <>
      <SortBar label="Sort" value={sort} onChange={setSort} options={OPTIONS} count={plural(rows.length, 'page')} />
      <ReviewsView rows={rows} total={props.total} actions={props.actions} />
    </>
  );
}
