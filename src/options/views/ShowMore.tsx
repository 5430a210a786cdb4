/** Long lists are drawn a page at a time; this says how many are shown and draws more. */
import { useEffect, useState } from 'preact/hooks';

export const PAGE_SIZE = 100;

/** How many of `items` to draw; back to one page whenever the list itself changes. */
export function usePaged<T>(items: readonly T[]): [T[], number, () => void] {
  const [limit, setLimit] = useState(PAGE_SIZE);
  useEffect(() => setLimit(PAGE_SIZE), [items]);
  return [items.slice(0, limit), limit, () => setLimit(limit + PAGE_SIZE * 5)];
}

export function ShowMore(props: { shown: number; total: number; noun: string; onMore: () => void }) {
  if (props.total <= props.shown) return null;
  return (
    <div class="show-more row">
      <span class="muted">
        Showing {props.shown.toLocaleString('en')} of {props.total.toLocaleString('en')} {props.noun}.
      </span>
      <button type="button" onClick={props.onMore}>
        Show more
      </button>
    </div>
  );
}
