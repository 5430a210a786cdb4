/**
 * Search over the whole library: film titles, people, characters, notes, tags
 * and highlight text, folded so case and accents never matter, and tolerant of
 * a typo or two in longer words (see typos.ts). The folded text of every
 * record and the library's words are made once per load; a keystroke is then a
 * scan of plain strings (`includes`), well under a frame for 10,000 pages and
 * 50,000 passages.
 * Pure: no browser APIs.
 */
import type { FilmSummary as FilmRatingRecord } from '../../shared/records/films';
import { fold } from './fold';
import type { HighlightRow, LibraryModel, PageRow } from './library-model';
import type { Needle } from './needles';
import { Vocabulary } from './typos';

export interface SearchIndex {
  /** Per page: film, people, post title, site, tags and note. */
  pages: string[];
  /** Per highlight: its text and note. */
  highlights: string[];
  ratings: string[];
  /** Every word of the library, for typo-tolerant terms. */
  vocabulary: Vocabulary;
}

/** Which records a query found, by position in the model's arrays (1 = found), and as lists. */
export interface SearchHits {
  model: LibraryModel;
  terms: readonly string[];
  /** The terms with their near words: what the views mark and explain. */
  needles: readonly Needle[];
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
  private readonly index: SearchIndex = { pages: [], highlights: [], ratings: [], vocabulary: new Vocabulary() };
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
      const add = (list: string[], folded: string) => {
        list.push(folded);
        ix.vocabulary.add(folded);
      };
      for (; this.p < stop; this.p++) add(ix.pages, wordFormFor(pages[this.p].page, () => pageText(pages[this.p])));
      if (this.p >= pages.length) {
        const hStop = Math.min(this.h + batch, highlights.length);
        for (; this.h < hStop; this.h++) add(ix.highlights, wordFormFor(highlights[this.h].highlight, () => highlightText(highlights[this.h])));
        if (this.h >= highlights.length) for (; this.r < ratings.length; this.r++) add(ix.ratings, wordFormFor(ratings[this.r], () => ratingText(ratings[this.r])));
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
 * term begins some new term (the reader kept typing). Then only the earlier
 * results need looking at.
 */
export function narrows(prev: readonly string[], next: readonly string[]): boolean {
  return prev.length > 0 && prev.every((p) => next.some((n) => n.startsWith(p)));
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * The indexed form of a text: folded, every run of non-word characters one
 * space, a space in front. A term found at the start of a word is then one
 * `includes(' ' + term)`, as fast as a plain substring test.
 */
export function wordForm(text: string): string {
  return ` ${fold(text).replace(NON_WORD, ' ')}`;
}
const NON_WORD = /[^a-z0-9\u00c0-\uffff]+/g;

const forms = new WeakMap<object, string>();
/** Computed once per record object: records are replaced, never mutated, so an edited record is indexed again and the others are not. */
function wordFormFor(record: object, build: () => string): string {
  let s = forms.get(record);
  if (s === undefined) forms.set(record, (s = wordForm(build())));
  return s;
}

/** What a needle is looked for as in the indexed form: each word a space in front. */
const keysOf = (n: Needle) => [n.term, ...n.near].map((w) => ` ${w.replace(NON_WORD, ' ').trim()}`);

/** The terms of a query with the library's words a typo or two away from each. */
export function needlesFor(index: SearchIndex, terms: readonly string[]): Needle[] {
  return terms.slice(0, MAX_TERMS).map((term) => ({ term, near: index.vocabulary.variants(term) }));
}

/**
 * A page is found when every term is in its own fields (film, people,
 * characters, post title, site, tags, note) or one of its highlights is
 * found. A highlight is found when every term is in it or its page, and at
 * least one is in its own text or note: searching a film's title finds the
 * film's page, not every passage on it. Pass the previous hits to search only
 * within them when the query grew.
 */
export function search(model: LibraryModel, index: SearchIndex, allTerms: readonly string[], previous?: SearchHits | null): SearchHits {
  const terms = allTerms.slice(0, MAX_TERMS);
  const needles = needlesFor(index, terms);
  // Near words can find what the shorter query did not, so only plain terms narrow.
  const plain = needles.every((n) => n.near.length === 0);
  const narrow = plain && previous && previous.model === model && narrows(previous.terms, terms) ? previous : null;
  const all = (1 << terms.length) - 1;
  const pages = new Uint8Array(model.pages.length);
  const highlights = new Uint8Array(model.highlights.length);
  const ratings = new Uint8Array(model.ratings.length);
  const masks = new Int32Array(model.pages.length);
  const keys = needles.map(keysOf);
  const has = (hay: string, j: number) => {
    for (const k of keys[j]) if (hay.includes(k)) return true;
    return false;
  };

  // Which terms each candidate page has in its own fields: highlights reuse it.
  for (const i of narrow ? narrow.pageList : range(pages.length)) {
    const meta = index.pages[i];
    let m = 0;
    for (let j = 0; j < terms.length; j++) if (has(meta, j)) m |= 1 << j;
    masks[i] = m;
    if (m === all) pages[i] = 1;
  }
  const highlightList: number[] = [];
  // Every page found now was found before (see narrows), so its highlights are the candidates.
  const candidates = narrow ? narrow.pageList.flatMap((p) => model.pages[p].highlights.map((h) => h.index)) : range(model.highlights.length);
  for (const i of candidates) {
    const p = model.highlights[i].row.index;
    const m = masks[p];
    const own = index.highlights[i];
    let ok = true;
    let any = false;
    for (let j = 0; j < terms.length; j++) {
      if (has(own, j)) any = true;
      else if (!(m & (1 << j))) {
        ok = false;
        break;
      }
    }
    if (ok && any) {
      highlights[i] = 1;
      pages[p] = 1;
      highlightList.push(i);
    }
  }
  if (narrow) highlightList.sort((a, b) => a - b);
  const pageList: number[] = [];
  for (const i of narrow ? narrow.pageList : range(pages.length)) if (pages[i]) pageList.push(i);
  const ratingList: number[] = [];
  for (const i of narrow ? narrow.ratingList : range(ratings.length)) {
    let ok = true;
    for (let j = 0; j < terms.length && ok; j++) ok = has(index.ratings[i], j);
    if (ok) {
      ratings[i] = 1;
      ratingList.push(i);
    }
  }
  return { model, terms, needles, pages, highlights, ratings, pageList, highlightList, ratingList };
}
