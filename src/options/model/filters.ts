/**
 * The reader's filters and sorts, as plain values, and the functions that
 * apply them to pages, highlights and Letterboxd ratings.
 * Pure: no browser APIs.
 */
import type { FilmSummary as FilmRatingRecord } from '../../shared/records/films';
import type { HighlightRow, PageRow } from './library-model';

export interface Filters {
  /** '' any, 'unrated', or the lowest rating shown ("3.5"). */
  rating: string;
  tag: string;
  site: string;
  /** YYYY-MM-DD bounds, inclusive; '' for none. */
  savedFrom: string;
  savedTo: string;
  watchedFrom: string;
  watchedTo: string;
  hasHighlights: boolean;
  orphaned: boolean;
}

export const NO_FILTERS: Filters = {
  rating: '', tag: '', site: '', savedFrom: '', savedTo: '', watchedFrom: '', watchedTo: '', hasHighlights: false, orphaned: false,
};

export function activeFilterCount(f: Filters): number {
  return (Object.keys(NO_FILTERS) as (keyof Filters)[]).filter((k) => f[k] !== NO_FILTERS[k]).length;
}

/** A local calendar day (YYYY-MM-DD) of a time in milliseconds. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function inRange(day: string | null, from: string, to: string): boolean {
  if (!from && !to) return true;
  if (!day) return false;
  return (!from || day >= from) && (!to || day <= to);
}

function ratingOk(rating: number | null, want: string): boolean {
  if (!want) return true;
  if (want === 'unrated') return rating === null;
  return rating !== null && rating >= Number(want);
}

const sameTag = (tags: string[], tag: string) => tags.some((t) => t.toLowerCase() === tag.toLowerCase());

/** Whether a page passes every filter ("orphaned" aside when `ignoreOrphaned`). */
export function pagePasses(row: PageRow, f: Filters, ignoreOrphaned = false): boolean {
  const { entry, site, createdAt } = row.page;
  if (!ratingOk(entry.rating, f.rating)) return false;
  if (f.tag && !sameTag(entry.tags, f.tag)) return false;
  if (f.site && site !== f.site) return false;
  if ((f.savedFrom || f.savedTo) && !inRange(localDay(createdAt), f.savedFrom, f.savedTo)) return false;
  if (!inRange(entry.watchedDate, f.watchedFrom, f.watchedTo)) return false;
  if (f.hasHighlights && row.highlights.length === 0) return false;
  if (f.orphaned && !ignoreOrphaned && row.orphans === 0) return false;
  return true;
}

/** A highlight passes when its page does; "orphaned" keeps only the orphans themselves. */
export function highlightPasses(h: HighlightRow, f: Filters): boolean {
  if (f.orphaned && h.highlight.lastStatus !== 'orphan') return false;
  return pagePasses(h.row, f, true);
}

/** A Letterboxd rating has no page: filters about pages (site, highlights, orphans) leave it out. */
export function ratingPasses(r: FilmRatingRecord, f: Filters): boolean {
  if (f.site || f.hasHighlights || f.orphaned) return false;
  if (!ratingOk(r.rating, f.rating)) return false;
  if (f.tag && !sameTag(r.tags, f.tag)) return false;
  if ((f.savedFrom || f.savedTo) && !inRange(localDay(r.importedAt), f.savedFrom, f.savedTo)) return false;
  return inRange(r.watchedDate, f.watchedFrom, f.watchedTo);
}

export type PageSort = 'updated' | 'saved-new' | 'saved-old' | 'watched' | 'rating-high' | 'rating-low' | 'film' | 'site' | 'highlights';

export const PAGE_SORTS: { value: PageSort; label: string }[] = [
  { value: 'updated', label: 'Recently changed' },
  { value: 'saved-new', label: 'Saved, newest first' },
  { value: 'saved-old', label: 'Saved, oldest first' },
  { value: 'watched', label: 'Watched, latest first' },
  { value: 'rating-high', label: 'Rating, highest first' },
  { value: 'rating-low', label: 'Rating, lowest first' },
  { value: 'film', label: 'Film title A–Z' },
  { value: 'site', label: 'Site A–Z' },
  { value: 'highlights', label: 'Most highlights' },
];

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Nulls (no rating, no date, no film) always last, whatever the direction. */
function nullsLast<T>(a: T | null, b: T | null, cmp: (x: T, y: T) => number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return cmp(a, b);
}

const num = (x: number, y: number) => x - y;
const desc = (x: number, y: number) => y - x;
const text = (x: string, y: string) => collator.compare(x, y);
const textDesc = (x: string, y: string) => collator.compare(y, x);

/** A sorted copy; ties keep the library's order (most recently changed first). */
export function sortPages(rows: readonly PageRow[], sort: PageSort): PageRow[] {
  const cmp = comparator(sort);
  if (!cmp) return [...rows];
  return [...rows].sort((a, b) => cmp(a, b) || a.index - b.index);
}

function comparator(sort: PageSort): ((a: PageRow, b: PageRow) => number) | null {
  switch (sort) {
    case 'updated':
      return null;
    case 'saved-new':
      return (a, b) => b.page.createdAt - a.page.createdAt;
    case 'saved-old':
      return (a, b) => a.page.createdAt - b.page.createdAt;
    case 'watched':
      return (a, b) => nullsLast(a.page.entry.watchedDate, b.page.entry.watchedDate, textDesc);
    case 'rating-high':
      return (a, b) => nullsLast(a.page.entry.rating, b.page.entry.rating, desc);
    case 'rating-low':
      return (a, b) => nullsLast(a.page.entry.rating, b.page.entry.rating, num);
    case 'film':
      return (a, b) => nullsLast(a.film.title?.trim() || null, b.film.title?.trim() || null, text);
    case 'site':
      return (a, b) => text(a.page.site, b.page.site);
    case 'highlights':
      return (a, b) => b.highlights.length - a.highlights.length;
  }
}
