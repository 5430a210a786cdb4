/**
 * The Films and People views: pages gathered by film (with Letterboxd ratings
 * joined to them) and by the people credited on them.
 * Pure: no browser APIs.
 */
import type { FilmSummary as FilmRatingRecord } from '../../shared/records/films';
import { fold } from './fold';
import type { PageRow } from './library-model';

export interface FilmGroup {
  key: string;
  title: string;
  year: number | null;
  directors: string[];
  /** Review pages about this film, in the order given. */
  pages: PageRow[];
  /** The reader's rating on the most recently changed page that has one. */
  rating: number | null;
  /** What the reader logged on Letterboxd for this film, if imported. */
  letterboxd: FilmRatingRecord | null;
  highlightCount: number;
  /** Latest change to any of its pages, or the import time of a Letterboxd-only film. */
  latest: number;
}

/** Folded names and titles: the same few thousand strings recur on every keystroke, so each is folded once. */
const normalized = new Map<string, string>();
function norm(text: string): string {
  let n = normalized.get(text);
  if (n === undefined) {
    n = fold(text.trim()).replace(/\s+/g, ' ');
    if (normalized.size > 200_000) normalized.clear();
    normalized.set(text, n);
  }
  return n;
}

function addUnique(into: string[], names: readonly string[]) {
  for (const n of names) if (n.trim() && !into.some((x) => norm(x) === norm(n))) into.push(n.trim());
}

/**
 * One group per film. Films are told apart by title and year; a page or
 * rating without a year joins the film of the same title when there is only
 * one such film with a year. Pages naming no film are left out.
 */
export function groupFilms(rows: readonly PageRow[], ratings: readonly FilmRatingRecord[]): FilmGroup[] {
  const yearsByTitle = new Map<string, Set<number>>();
  const noteYear = (t: string, y: number | null) => {
    if (y === null) return;
    let s = yearsByTitle.get(t);
    if (!s) yearsByTitle.set(t, (s = new Set()));
    s.add(y);
  };
  for (const r of rows) if (r.film.title?.trim()) noteYear(norm(r.film.title), r.film.year ?? null);
  for (const f of ratings) noteYear(norm(f.title), f.year);
  const keyOf = (t: string, y: number | null) => {
    if (y === null) {
      const years = yearsByTitle.get(t);
      if (years?.size === 1) y = [...years][0];
    }
    return `${t}|${y ?? ''}`;
  };
  const groups = new Map<string, FilmGroup>();
  const group = (title: string, year: number | null): FilmGroup => {
    const key = keyOf(norm(title), year);
    let g = groups.get(key);
    if (!g) {
      g = { key, title: title.trim(), year, directors: [], pages: [], rating: null, letterboxd: null, highlightCount: 0, latest: 0 };
      groups.set(key, g);
    }
    if (g.year === null && year !== null) g.year = year;
    return g;
  };
  let ratedAt = new Map<FilmGroup, number>();
  for (const r of rows) {
    const title = r.film.title?.trim();
    if (!title) continue;
    const g = group(title, r.film.year ?? null);
    g.pages.push(r);
    addUnique(g.directors, r.film.directors ?? []);
    g.highlightCount += r.highlights.length;
    g.latest = Math.max(g.latest, r.page.updatedAt);
    const rating = r.page.entry.rating;
    if (rating !== null && r.page.updatedAt >= (ratedAt.get(g) ?? -1)) {
      g.rating = rating;
      ratedAt.set(g, r.page.updatedAt);
    }
  }
  ratedAt = new Map();
  for (const f of ratings) {
    let g = group(f.title, f.year);
    // Two Letterboxd films of one title and year ("Rain" and "rain", 2019) are two films: the second gets its own entry.
    if (g.letterboxd && g.letterboxd.id !== f.id) {
      const key = `${g.key}|${f.id}`;
      g = groups.get(key) ?? { key, title: f.title.trim(), year: f.year, directors: [], pages: [], rating: null, letterboxd: null, highlightCount: 0, latest: 0 };
      groups.set(key, g);
    }
    g.letterboxd = f;
    addUnique(g.directors, f.directors);
    if (!g.pages.length) g.latest = Math.max(g.latest, f.importedAt);
  }
  return [...groups.values()];
}

export type FilmSort = 'recent' | 'title' | 'rating' | 'reviews';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The rating shown for a film: the reader's own here, else the one from Letterboxd. */
export function filmRating(g: FilmGroup): number | null {
  return g.rating ?? g.letterboxd?.rating ?? null;
}

export function sortFilms(groups: FilmGroup[], sort: FilmSort): FilmGroup[] {
  const byTitle = (a: FilmGroup, b: FilmGroup) => collator.compare(a.title, b.title) || (a.year ?? 0) - (b.year ?? 0);
  const out = [...groups];
  switch (sort) {
    case 'recent':
      return out.sort((a, b) => b.latest - a.latest || byTitle(a, b));
    case 'title':
      return out.sort(byTitle);
    case 'rating':
      return out.sort((a, b) => (filmRating(b) ?? -1) - (filmRating(a) ?? -1) || byTitle(a, b));
    case 'reviews':
      return out.sort((a, b) => b.pages.length - a.pages.length || byTitle(a, b));
  }
}

export interface PersonFilm {
  key: string;
  title: string;
  year: number | null;
  /** Characters played in this film, if any. */
  characters: string[];
  directed: boolean;
}

export interface PersonGroup {
  key: string;
  name: string;
  directed: boolean;
  acted: boolean;
  films: PersonFilm[];
  pages: PageRow[];
}

/**
 * One entry per person credited as director or cast on the given pages or
 * Letterboxd ratings (directors only there), with their films and pages.
 * Names are told apart by their folded spelling.
 */
export function groupPeople(rows: readonly PageRow[], ratings: readonly FilmRatingRecord[] = []): PersonGroup[] {
  const people = new Map<string, PersonGroup & { byTitle: Map<string, PersonFilm[]> }>();
  const credit = (name: string, title: string, year: number | null, role: 'director' | 'actor', character?: string, row?: PageRow) => {
    const key = norm(name);
    if (!key) return;
    let p = people.get(key);
    if (!p) people.set(key, (p = { key, name: name.trim(), directed: false, acted: false, films: [], pages: [], byTitle: new Map() }));
    if (role === 'director') p.directed = true;
    else p.acted = true;
    const t = norm(title);
    let same = p.byTitle.get(t);
    if (!same) p.byTitle.set(t, (same = []));
    // The same film: same title and year, or the same title where one of them has no year.
    let f = same.find((x) => x.year === year) ?? same.find((x) => x.year === null || year === null);
    if (!f) {
      f = { key: `${t}|${year ?? ''}`, title: title.trim(), year, characters: [], directed: false };
      p.films.push(f);
      same.push(f);
    }
    if (f.year === null && year !== null) {
      f.year = year;
      f.key = `${t}|${year}`;
    }
    if (role === 'director') f.directed = true;
    if (character && !f.characters.includes(character)) f.characters.push(character);
    if (row && p.pages[p.pages.length - 1] !== row) p.pages.push(row);
  };
  for (const r of rows) {
    const title = r.film.title?.trim();
    if (!title) continue;
    const year = r.film.year ?? null;
    for (const d of r.film.directors ?? []) credit(d, title, year, 'director', undefined, r);
    for (const c of r.film.cast ?? []) credit(c.name, title, year, 'actor', c.character, r);
  }
  for (const f of ratings) for (const d of f.directors) credit(d, f.title, f.year, 'director');
  return [...people.values()].map(({ byTitle: _b, ...p }) => p);
}

export type PersonSort = 'films' | 'name';

export function sortPeople(people: PersonGroup[], sort: PersonSort, firstKeys?: ReadonlySet<string>): PersonGroup[] {
  const byName = (a: PersonGroup, b: PersonGroup) => collator.compare(a.name, b.name);
  const first = (p: PersonGroup) => (firstKeys?.has(p.key) ? 0 : 1);
  const cmp =
    sort === 'name' ? byName : (a: PersonGroup, b: PersonGroup) => b.films.length - a.films.length || b.pages.length - a.pages.length || byName(a, b);
  return [...people].sort((a, b) => first(a) - first(b) || cmp(a, b));
}

/** Highlights on a person's pages, those that name them (any part of the name) first. */
export function passagesFor<T extends { highlight: { text: string } }>(person: PersonGroup, highlightsOf: (row: PageRow) => readonly T[]): T[] {
  const parts = fold(person.name).split(/\s+/).filter((w) => w.length > 2);
  const naming: T[] = [];
  const other: T[] = [];
  for (const row of person.pages) {
    for (const h of highlightsOf(row)) {
      const text = fold(h.highlight.text);
      (parts.some((w) => text.includes(w)) ? naming : other).push(h);
    }
  }
  return [...naming, ...other];
}
