/**
 * Search over the whole library: film titles, people, notes, tags and
 * highlight text, folded so case and accents never matter. The folded text of
 * every record is made once per load; a keystroke is then a scan of plain
 * strings (`includes`), well under a frame for 10,000 pages and 50,000 passages.
 * Pure: no browser APIs.
 */
import type { FilmRatingRecord } from '../shared/formats/letterboxd';
import { foldedFor } from './fold';
import type { HighlightRow, LibraryModel, PageRow } from './library-model';
import { containsAll } from './query';

export interface SearchIndex {
  /** Per page: film, people, post title, site, tags and note. */
  pages: string[];
  /** Per highlight: its text and note. */
  highlights: string[];
  ratings: string[];
}

/** Which records a query found, by position in the model's arrays (1 = found). */
export interface SearchHits {
  pages: Uint8Array;
  highlights: Uint8Array;
  ratings: Uint8Array;
}

const SEP = '\n';

export function pageText(row: PageRow): string {
  const { film, page } = row;
  const people = [...film.directors, ...film.cast.flatMap((c) => (c.character ? [c.name, c.character] : [c.name]))];
  return [film.title ?? '', film.year ?? '', people.join(SEP), page.postTitle, page.site, page.entry.tags.join(SEP), page.entry.note].join(SEP);
}

export function highlightText(h: HighlightRow): string {
  return h.highlight.text + SEP + h.highlight.note;
}

export function ratingText(f: FilmRatingRecord): string {
  return [f.title, f.year ?? '', f.directors.join(SEP), f.tags.join(SEP), f.review].join(SEP);
}

/** Folds what is not folded yet; records unchanged since the last build are reused. */
export function buildIndex(model: LibraryModel): SearchIndex {
  return {
    pages: model.pages.map((r) => foldedFor(r.page, () => pageText(r))),
    highlights: model.highlights.map((h) => foldedFor(h.highlight, () => highlightText(h))),
    ratings: model.ratings.map((f) => foldedFor(f, () => ratingText(f))),
  };
}

/**
 * A highlight is found when each term is in its own text or note or in its
 * page's film, people, tags and note; a page when all terms are in its own
 * fields or one of its highlights is found.
 */
export function search(model: LibraryModel, index: SearchIndex, terms: readonly string[]): SearchHits {
  const pages = new Uint8Array(model.pages.length);
  const highlights = new Uint8Array(model.highlights.length);
  const ratings = new Uint8Array(model.ratings.length);
  const hs = model.highlights;
  for (let i = 0; i < hs.length; i++) {
    const own = index.highlights[i];
    const pageIndex = hs[i].row.index;
    const meta = index.pages[pageIndex];
    let ok = true;
    for (const t of terms) {
      if (!own.includes(t) && !meta.includes(t)) {
        ok = false;
        break;
      }
    }
    if (ok) {
      highlights[i] = 1;
      pages[pageIndex] = 1;
    }
  }
  for (let i = 0; i < pages.length; i++) if (!pages[i] && containsAll(index.pages[i], terms)) pages[i] = 1;
  for (let i = 0; i < ratings.length; i++) if (containsAll(index.ratings[i], terms)) ratings[i] = 1;
  return { pages, highlights, ratings };
}
