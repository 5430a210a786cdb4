/**
 * Search over the whole library: film titles, people, notes, tags and
 * highlight text, folded so case and accents never matter. The folded text of
 * every record is made once per load; a keystroke is then a scan of plain
 * strings (`includes`), well under a frame for 10,000 pages and 50,000 passages.
 * Pure: no browser APIs.
 */
import type { FilmSummary as FilmRatingRecord } from '../../shared/records/films';
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

/** Which records a query found, by position in the model's arrays (1 = found), and as lists. */
export interface SearchHits {
  model: LibraryModel;
  terms: readonly string[];
  pages: Uint8Array;
  highlights: Uint8Array;
  ratings: Uint8Array;
  pageList: number[];
  highlightList: number[];
  ratingList: number[];
}

/** More terms than this are ignored (a bit mask per page holds which terms it has). */
export const MAX_TERMS = 16;

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
  return new IndexBuilder(model).finish();
}

/**
 * Builds the index a slice at a time, so that folding 60,000 records never
 * blocks the page for long: `step` works until `enough()` says stop (an idle
 * deadline); `finish` completes it at once when a search needs it now.
 */
export class IndexBuilder {
  private readonly index: SearchIndex = { pages: [], highlights: [], ratings: [] };
  private p = 0;
  private h = 0;
  private r = 0;

  constructor(readonly model: LibraryModel) {}

  get done(): boolean {
    const m = this.model;
    return this.p >= m.pages.length && this.h >= m.highlights.length && this.r >= m.ratings.length;
  }

  /** Folds records in batches until `enough()` or the end; true when the index is complete. */
  step(enough: () => boolean, batch = 500): boolean {
    const { pages, highlights, ratings } = this.model;
    const ix = this.index;
    while (!this.done) {
      const stop = Math.min(this.p + batch, pages.length);
      for (; this.p < stop; this.p++) ix.pages.push(foldedFor(pages[this.p].page, () => pageText(pages[this.p])));
      if (this.p >= pages.length) {
        const hStop = Math.min(this.h + batch, highlights.length);
        for (; this.h < hStop; this.h++) ix.highlights.push(foldedFor(highlights[this.h].highlight, () => highlightText(highlights[this.h])));
        if (this.h >= highlights.length) for (; this.r < ratings.length; this.r++) ix.ratings.push(foldedFor(ratings[this.r], () => ratingText(ratings[this.r])));
      }
      if (enough()) break;
    }
    return this.done;
  }

  finish(): SearchIndex {
    this.step(() => false, Number.MAX_SAFE_INTEGER);
    return this.index;
  }
}

/**
 * Whether every record found by `next` was also found by `prev`: each earlier
 * term is inside some new term (the reader kept typing). Then only the
 * earlier results need looking at.
 */
export function narrows(prev: readonly string[], next: readonly string[]): boolean {
  return prev.length > 0 && prev.every((p) => next.some((n) => n.includes(p)));
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * A highlight is found when each term is in its own text or note or in its
 * page's film, people, tags and note; a page when all terms are in its own
 * fields or one of its highlights is found. Pass the previous hits to search
 * only within them when the query grew.
 */
export function search(model: LibraryModel, index: SearchIndex, allTerms: readonly string[], previous?: SearchHits | null): SearchHits {
  const terms = allTerms.slice(0, MAX_TERMS);
  const narrow = previous && previous.model === model && narrows(previous.terms, terms) ? previous : null;
  const all = (1 << terms.length) - 1;
  const pages = new Uint8Array(model.pages.length);
  const highlights = new Uint8Array(model.highlights.length);
  const ratings = new Uint8Array(model.ratings.length);
  const masks = new Int32Array(model.pages.length);

  // Which terms each candidate page has in its own fields: highlights reuse it.
  for (const i of narrow ? narrow.pageList : range(pages.length)) {
    const meta = index.pages[i];
    let m = 0;
    for (let j = 0; j < terms.length; j++) if (meta.includes(terms[j])) m |= 1 << j;
    masks[i] = m;
    if (m === all) pages[i] = 1;
  }
  const highlightList: number[] = [];
  const hs = model.highlights;
  for (const i of narrow ? narrow.highlightList : range(hs.length)) {
    const p = hs[i].row.index;
    const m = masks[p];
    let ok = true;
    if (m !== all) {
      const own = index.highlights[i];
      for (let j = 0; j < terms.length; j++) {
        if (!(m & (1 << j)) && !own.includes(terms[j])) {
          ok = false;
          break;
        }
      }
    }
    if (ok) {
      highlights[i] = 1;
      pages[p] = 1;
      highlightList.push(i);
    }
  }
  const pageList: number[] = [];
  for (const i of narrow ? narrow.pageList : range(pages.length)) if (pages[i]) pageList.push(i);
  const ratingList: number[] = [];
  for (const i of narrow ? narrow.ratingList : range(ratings.length)) {
    if (containsAll(index.ratings[i], terms)) {
      ratings[i] = 1;
      ratingList.push(i);
    }
  }
  return { model, terms, pages, highlights, ratings, pageList, highlightList, ratingList };
}
