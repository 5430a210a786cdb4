/**
 * The film index file (public/film-index/films.bin.gz), as written by scripts/build-film-index.ts, and the
 * logical shape it is built from. Pure.
 *
 * The file is columnar so that loading it is a few bulk operations instead of parsing 35,000 JSON arrays and
 * folding 35,000 titles: the films are stored sorted by title key, with the keys themselves, so a lookup is a
 * binary search over one array of strings; people and titles are newline-joined text decoded in one go; a film's
 * people are varints decoded only when that film is asked for.
 *
 * Layout (before gzip): "RNFI", u32 LE header length, the header as UTF-8 JSON
 * (`{version, attribution, films, people, sections: {name: byteLength}}`), then the sections in SECTIONS order:
 * - people: every person once, "\n"-joined; films refer to them by position
 * - titles, keys, articles: one line per film ("\n"-joined); an article is written short when it is the title
 *   with spaces as underscores (empty), that plus "_(film)" (ARTICLE_FILM) or "_(YEAR_film)" (ARTICLE_YEAR_FILM):
 *   a third of the films, and the longest column before this
 * - years: u16 LE per film
 * - refs: per film, varints: number of directors, director ids, number of cast, cast ids (billing order)
 * - refLens: u8 per film, the byte length of its refs, so loading finds where each film's refs start with one
 *   running sum instead of reading every varint (version 2 did that: a third of a cold load)
 */
export const INDEX_VERSION = 3;
export const MAGIC = 'RNFI';
export const SECTIONS = ['people', 'titles', 'keys', 'articles', 'years', 'refs', 'refLens'] as const;
/** Short forms in the articles column (control characters: never in an article name). */
const ARTICLE_FILM = '\u0001';
const ARTICLE_YEAR_FILM = '\u0002';

/** An article name as the articles column stores it. */
export function shortArticle(article: string, title: string, year: number): string {
  const base = title.replace(/ /g, '_');
  if (!article || article === base) return '';
  if (article === `${base}_(film)`) return ARTICLE_FILM;
  if (article === `${base}_(${year}_film)`) return ARTICLE_YEAR_FILM;
  return article;
}

/** The article name from the articles column. */
export function fullArticle(stored: string, title: string, year: number): string {
  const base = title.replace(/ /g, '_');
  if (!stored) return base;
  if (stored === ARTICLE_FILM) return `${base}_(film)`;
  if (stored === ARTICLE_YEAR_FILM) return `${base}_(${year}_film)`;
  return stored;
}
export type Section = (typeof SECTIONS)[number];

export interface IndexHeader {
  version: number;
  attribution: string;
  films: number;
  people: number;
  sections: Record<Section, number>;
}

/** One film: [title, year, director ids, cast ids (main cast, billing order), Wikipedia article name when not the title with underscores]. */
export type IndexRow = [string, number, number[], number[]] | [string, number, number[], number[], string];

/** The index as the build script assembles it (and as tests write small ones). */
export interface IndexFile {
  attribution: string;
  /** Every person once; rows refer to them by position. */
  people: string[];
  films: IndexRow[];
}

/** A film as the rest of the code sees it. */
export interface IndexedFilm {
  title: string;
  year: number;
  directors: string[];
  cast: string[];
  /** English Wikipedia article name: https://en.wikipedia.org/wiki/<wikipedia> */
  wikipedia: string;
}

/** The decoded columns FilmIndex works on; films sorted by key. */
export interface IndexColumns {
  attribution: string;
  people: string[];
  titles: string[];
  keys: string[];
  /** Stored short (see shortArticle); FilmIndex.film gives the full name. */
  articles: string[];
  years: ArrayLike<number>;
  /** Varint-encoded people of every film, and where each film's start. */
  refs: Uint8Array;
  refStart: Uint32Array;
}

function pushVarint(out: number[], n: number): void {
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
}

/**
 * Walks a film's refs from `at`: calls `each(list, id)` for its directors (list 0) and cast (list 1), returns the
 * position after them. Written out by hand: a helper returning [value, position] pairs made the load 5x slower.
 */
export function walkRefs(bytes: Uint8Array, at: number, each: (list: number, id: number) => void): number {
  let p = at;
  for (let list = 0; list < 2; list++) {
    let count = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[p++];
      count += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b >= 0x80);
    for (let j = 0; j < count; j++) {
      let id = 0;
      shift = 0;
      do {
        b = bytes[p++];
        id += (b & 0x7f) * 2 ** shift;
        shift += 7;
      } while (b >= 0x80);
      each(list, id);
    }
  }
  return p;
}

/** Columns from the logical shape, films sorted by `key` (stable: the build order breaks ties). */
export function toColumns(file: IndexFile, key: (title: string) => string): IndexColumns {
  const order = file.films.map((row, i) => ({ row, k: key(row[0]), i })).sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i));
  const refs: number[] = [];
  const refStart = new Uint32Array(order.length + 1);
  order.forEach(({ row }, i) => {
    refStart[i] = refs.length;
    pushVarint(refs, row[2].length);
    for (const d of row[2]) pushVarint(refs, d);
    pushVarint(refs, row[3].length);
    for (const c of row[3]) pushVarint(refs, c);
  });
  refStart[order.length] = refs.length;
  return {
    attribution: file.attribution,
    people: file.people,
    titles: order.map((o) => o.row[0]),
    keys: order.map((o) => o.k),
    articles: order.map(({ row }) => shortArticle(row[4] ?? '', row[0], row[1])),
    years: order.map((o) => o.row[1]),
    refs: Uint8Array.from(refs),
    refStart,
  };
}

const lines = (xs: string[]) => xs.join('\n');

/** The file's bytes (before gzip). No line may hold a newline: the builder cleans titles and names. */
export function encodeIndex(c: IndexColumns): Uint8Array {
  const enc = new TextEncoder();
  const years = new Uint8Array(c.titles.length * 2);
  const dv = new DataView(years.buffer);
  for (let i = 0; i < c.titles.length; i++) dv.setUint16(i * 2, c.years[i], true);
  const refLens = new Uint8Array(c.titles.length);
  for (let i = 0; i < c.titles.length; i++) {
    const len = c.refStart[i + 1] - c.refStart[i];
    if (len > 255) throw new Error(`film index: "${c.titles[i]}" has more people than the format holds`);
    refLens[i] = len;
  }
  const body: Record<Section, Uint8Array> = {
    people: enc.encode(lines(c.people)),
    titles: enc.encode(lines(c.titles)),
    keys: enc.encode(lines(c.keys)),
    articles: enc.encode(lines(c.articles)),
    years,
    refs: c.refs,
    refLens,
  };
  const header: IndexHeader = {
    version: INDEX_VERSION,
    attribution: c.attribution,
    films: c.titles.length,
    people: c.people.length,
    sections: Object.fromEntries(SECTIONS.map((s) => [s, body[s].length])) as Record<Section, number>,
  };
  const head = enc.encode(JSON.stringify(header));
  const total = 8 + head.length + SECTIONS.reduce((n, s) => n + body[s].length, 0);
  const out = new Uint8Array(total);
  out.set(enc.encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, head.length, true);
  out.set(head, 8);
  let at = 8 + head.length;
  for (const s of SECTIONS) {
    out.set(body[s], at);
    at += body[s].length;
  }
  return out;
}

/** Columns from the file's bytes (after gunzip): a handful of bulk decodes and one running sum. */
export function decodeIndex(bytes: Uint8Array): IndexColumns {
  const dec = new TextDecoder();
  if (dec.decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error('film index: not an index file');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headLen = dv.getUint32(4, true);
  const header = JSON.parse(dec.decode(bytes.subarray(8, 8 + headLen))) as IndexHeader;
  if (header.version !== INDEX_VERSION) throw new Error(`film index: unsupported format (version ${String(header.version)})`);
  const part: Partial<Record<Section, Uint8Array>> = {};
  let at = 8 + headLen;
  for (const s of SECTIONS) {
    part[s] = bytes.subarray(at, at + header.sections[s]);
    at += header.sections[s];
  }
  const split = (b: Uint8Array, n: number) => {
    const xs = n ? dec.decode(b).split('\n') : [];
    if (xs.length !== n) throw new Error('film index: damaged file');
    return xs;
  };
  const n = header.films;
  const years = new Uint16Array(n);
  const ydv = new DataView(part.years!.buffer, part.years!.byteOffset, part.years!.byteLength);
  for (let i = 0; i < n; i++) years[i] = ydv.getUint16(i * 2, true);
  const refs = part.refs!;
  const lens = part.refLens!;
  if (lens.length !== n) throw new Error('film index: damaged file');
  const refStart = new Uint32Array(n + 1);
  let p = 0;
  for (let i = 0; i < n; i++) {
    refStart[i] = p;
    p += lens[i];
  }
  refStart[n] = p;
  if (p !== refs.length) throw new Error('film index: damaged file');
  return {
    attribution: header.attribution,
    people: split(part.people!, header.people),
    titles: split(part.titles!, n),
    keys: split(part.keys!, n),
    articles: split(part.articles!, n),
    years,
    refs,
    refStart,
  };
}
