/**
 * The library as the options page shows it: each saved page with its film (as
 * corrected), its highlights and counts, in the order the background listed
 * them. Built once per load (and again, cheaply, after an edit).
 * Pure: no browser APIs.
 */
import { effectiveFilm, type HighlightRecord, type PageRecord } from '../../shared/records';
import type { Film } from '../../shared/film/types';
import type { FilmSummary as FilmRatingRecord } from '../../shared/records/films';
import type { LibraryListing as Library } from '../../shared/messages/types';
import { fold } from './fold';

export interface PageRow {
  /** Position in {@link LibraryModel.pages}. */
  index: number;
  page: PageRecord;
  film: Film;
  /** Groups pages of one film: folded title and year; '' when the page names no film. */
  filmKey: string;
  highlights: HighlightRow[];
  orphans: number;
}

export interface HighlightRow {
  /** Position in {@link LibraryModel.highlights}. */
  index: number;
  highlight: HighlightRecord;
  row: PageRow;
}

export interface LibraryModel {
  pages: PageRow[];
  byId: Map<string, PageRow>;
  highlights: HighlightRow[];
  ratings: FilmRatingRecord[];
  tags: string[];
  sites: string[];
}

/** The key a film is grouped under: its folded title and year. */
export function filmKeyOf(title: string | null | undefined, year: number | null | undefined): string {
  const t = title?.trim();
  if (!t) return '';
  return `${fold(t).replace(/\s+/g, ' ')}|${year ?? ''}`;
}

const byText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });

export function buildModel(lib: Library): LibraryModel {
  const byId = new Map<string, PageRow>();
  const tags = new Map<string, string>();
  const sites = new Set<string>();
  const pages = lib.pages.map((page, index) => {
    const film = effectiveFilm(page.detection, page.correction);
    const row: PageRow = { index, page, film, filmKey: filmKeyOf(film.title, film.year), highlights: [], orphans: 0 };
    byId.set(page.id, row);
    for (const t of page.entry.tags) if (!tags.has(t.toLowerCase())) tags.set(t.toLowerCase(), t);
    if (page.site) sites.add(page.site);
    return row;
  });
  const highlights: HighlightRow[] = [];
  for (const highlight of lib.highlights) {
    const row = byId.get(highlight.pageId);
    if (!row) continue;
    const h: HighlightRow = { index: highlights.length, highlight, row };
    highlights.push(h);
    row.highlights.push(h);
    if (highlight.lastStatus === 'orphan') row.orphans++;
  }
  for (const f of lib.films) for (const t of f.tags) if (!tags.has(t.toLowerCase())) tags.set(t.toLowerCase(), t);
  return {
    pages,
    byId,
    highlights,
    ratings: lib.films,
    tags: [...tags.values()].sort(byText),
    sites: [...sites].sort(byText),
  };
}

/** The library with one page replaced (after an edit). */
export function replacePage(lib: Library, page: PageRecord): Library {
  return { ...lib, pages: lib.pages.map((p) => (p.id === page.id ? page : p)) };
}

/** The library without a page and its highlights (after a delete). */
export function removePage(lib: Library, pageId: string): Library {
  return { ...lib, pages: lib.pages.filter((p) => p.id !== pageId), highlights: lib.highlights.filter((h) => h.pageId !== pageId) };
}

/** The library with a deleted page back where the background lists it (most recently updated first). */
export function restorePage(lib: Library, page: PageRecord, highlights: HighlightRecord[]): Library {
  const pages = lib.pages.filter((p) => p.id !== page.id);
  const at = pages.findIndex((p) => p.updatedAt < page.updatedAt);
  pages.splice(at < 0 ? pages.length : at, 0, page);
  const ids = new Set(highlights.map((h) => h.id));
  return { ...lib, pages, highlights: [...lib.highlights.filter((h) => !ids.has(h.id)), ...highlights] };
}

export function replaceHighlight(lib: Library, highlight: HighlightRecord): Library {
  return { ...lib, highlights: lib.highlights.map((h) => (h.id === highlight.id ? highlight : h)) };
}

export function removeHighlight(lib: Library, id: string): Library {
  return { ...lib, highlights: lib.highlights.filter((h) => h.id !== id) };
}

export function addHighlight(lib: Library, highlight: HighlightRecord): Library {
  return { ...lib, highlights: [...lib.highlights.filter((h) => h.id !== highlight.id), highlight] };
}

export function removeRating(lib: Library, id: string): Library {
  return { ...lib, films: lib.films.filter((f) => f.id !== id) };
}
