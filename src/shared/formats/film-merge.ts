/**
 * Merging films read from files into the stored films, by identity:
 * - a film is found by any identifier it shares with a stored one (Letterboxd
 *   film URI, IMDb, TMDb, Wikipedia article); without identifiers, by its exact
 *   title and year when that names one film. A watch whose title and year name
 *   several films (two 1897 films called "The Haunted Castle") is kept under
 *   the title alone, and reported;
 * - every watch is its own diary entry: the same entry URI is the same watch,
 *   and a watch without a URI is the same as a stored one only when every value
 *   matches (so importing a file twice changes nothing);
 * - the watchlist, likes and the watched mark are set, never turned into watches.
 * Pure: the plan is made first (for the preview), then written in one transaction.
 */
import * as v from 'valibot';
import { EMPTY_IDS, FilmRecordSchema, filmIdFor, sortDiary, type DiaryEntry, type FilmIds, type FilmRecord } from '../records/films';
import { clip, describe, ImportError } from './library';
import type { FilmRef, LetterboxdItem } from './letterboxd-read';

export interface FilmPlan {
  add: FilmRecord[];
  replace: FilmRecord[];
  /** Films of the file already stored as they are. */
  unchanged: number;
  /** Watches added to the diary (to new and stored films). */
  watchesAdded: number;
  /** Watches that could not be told apart between films of one title and year, kept under the title. */
  ambiguous: number;
}

const ID_KEYS: (keyof FilmIds)[] = ['letterboxd', 'imdb', 'tmdb', 'wikipedia'];
const titleKey = (title: string, year: number | null) => `${year ?? ''}\u0000${title.normalize('NFC')}`;

function sameEntry(a: Omit<DiaryEntry, 'id'>, b: Omit<DiaryEntry, 'id'>): boolean {
  return a.watchedDate === b.watchedDate && a.rating === b.rating && a.rewatch === b.rewatch && a.review === b.review && a.tags.join('\u0000') === b.tags.join('\u0000');
}

export function planFilms(stored: readonly FilmRecord[], items: readonly LetterboxdItem[], importedAt: number): FilmPlan {
  const films = new Map<string, FilmRecord>(stored.map((f) => [f.id, f]));
  const original = new Map(stored.map((f) => [f.id, JSON.stringify(f)]));
  const byId = new Map<string, string>();
  const byTitle = new Map<string, Set<string>>();
  const index = (f: FilmRecord) => {
    for (const k of ID_KEYS) if (f.ids[k]) byId.set(`${k}:${f.ids[k]}`, f.id);
    const key = titleKey(f.title, f.year);
    byTitle.set(key, (byTitle.get(key) ?? new Set()).add(f.id));
  };
  stored.forEach(index);
  /** Entries of stored films that this import already matched, so two equal rows stay two watches. */
  const matched = new Set<DiaryEntry>();
  const touched = new Set<string>();
  let watchesAdded = 0;
  let ambiguous = 0;

  const resolve = (ref: FilmRef): FilmRecord => {
    for (const k of ID_KEYS) {
      const id = ref.ids[k] ? byId.get(`${k}:${ref.ids[k]}`) : undefined;
      if (id) return films.get(id)!;
    }
    const hasIds = ID_KEYS.some((k) => ref.ids[k]);
    const sameTitle = [...(byTitle.get(titleKey(ref.title, ref.year)) ?? [])].map((id) => films.get(id)!);
    // A film named by title alone, or a stored film without identifiers, meets this one by its exact title and year.
    const candidates = hasIds ? sameTitle.filter((f) => ID_KEYS.every((k) => !f.ids[k] || !ref.ids[k])) : sameTitle;
    const withoutIds = candidates.filter((f) => ID_KEYS.every((k) => !f.ids[k]));
    if (candidates.length === 1) return candidates[0];
    if (hasIds && withoutIds.length === 1) return withoutIds[0];
    if (!ref.title) throw new ImportError(`A film with no title and no identifier this library knows (${clip(JSON.stringify(ref.ids), 80)})`);
    const ids: FilmIds = { ...EMPTY_IDS, ...ref.ids };
    if (!hasIds && candidates.length > 1) ambiguous++;
    const id = filmIdFor(ref.title, ref.year, hasIds ? ids : EMPTY_IDS);
    const existing = films.get(id);
    if (existing) return existing;
    const film: FilmRecord = { id, title: ref.title, year: ref.year, directors: [], ids: { ...EMPTY_IDS }, rating: null, ratedDate: null, watched: null, diary: [], watchlist: null, liked: null, source: 'letterboxd', importedAt };
    films.set(id, film);
    index(film);
    return film;
  };

  for (const item of items) {
    const found = resolve(item.ref);
    const film: FilmRecord = touched.has(found.id) ? found : { ...found, ids: { ...found.ids }, diary: [...found.diary] };
    touched.add(film.id);
    films.set(film.id, film);
    for (const k of ID_KEYS) if (!film.ids[k] && item.ref.ids[k]) film.ids[k] = item.ref.ids[k]!;
    index(film);
    for (const d of item.ref.directors) if (!film.directors.includes(d)) film.directors = [...film.directors, d];
    if (item.what === 'film') {
      if (item.rating) [film.rating, film.ratedDate] = [item.rating.value, item.rating.date ?? film.ratedDate];
      if (item.watched) film.watched = { date: item.watched.date ?? film.watched?.date ?? null };
      if (item.watchlist) film.watchlist = { date: item.watchlist.date ?? film.watchlist?.date ?? null };
      if (item.liked) film.liked = { date: item.liked.date ?? film.liked?.date ?? null };
      continue;
    }
    const e = item.entry;
    const at = film.diary.findIndex((x) => (e.uri ? x.uri === e.uri : !matched.has(x) && sameEntry(x, e)));
    if (at >= 0) {
      // diary.csv and reviews.csv name one watch by one URI: the review joins it, nothing written is dropped.
      const x = film.diary[at];
      const merged: DiaryEntry = {
        ...x,
        watchedDate: e.watchedDate ?? x.watchedDate,
        loggedDate: e.loggedDate ?? x.loggedDate,
        rating: e.rating ?? x.rating,
        rewatch: e.rewatch || x.rewatch,
        review: e.review || x.review,
        tags: [...new Set([...x.tags, ...e.tags])],
      };
      film.diary[at] = merged;
      matched.add(merged);
      continue;
    }
    const id = e.uri ? `uri:${e.uri}` : uniqueEntryId(film, e.watchedDate);
    const entry: DiaryEntry = { id, ...e };
    film.diary.push(entry);
    matched.add(entry);
    watchesAdded++;
  }

  const plan: FilmPlan = { add: [], replace: [], unchanged: 0, watchesAdded, ambiguous };
  for (const id of touched) {
    const film = films.get(id)!;
    film.diary = sortDiary(film.diary);
    const before = original.get(id);
    if (before !== undefined && before === JSON.stringify({ ...film, importedAt: JSON.parse(before).importedAt })) {
      plan.unchanged++;
      continue;
    }
    const checked = v.safeParse(FilmRecordSchema, { ...film, importedAt }, { abortEarly: true });
    if (!checked.success) throw new ImportError(`${clip(film.title, 60)} (${film.year ?? 'no year'}): ${describe(checked.issues)}`);
    (before === undefined ? plan.add : plan.replace).push(checked.output as FilmRecord);
  }
  return plan;
}

function uniqueEntryId(film: FilmRecord, watchedDate: string | null): string {
  const base = `watch:${watchedDate ?? 'undated'}`;
  let n = 1;
  while (film.diary.some((x) => x.id === `${base}:${n}`)) n++;
  return `${base}:${n}`;
}

/**
 * Films of a backup merged into the stored ones, like pages: the same id is
 * the same film, the later import wins, and stored films the file does not
 * mention stay as they are.
 */
export function planFilmRecords(stored: readonly FilmRecord[], incoming: readonly FilmRecord[]): Pick<FilmPlan, 'add' | 'replace' | 'unchanged'> {
  const byId = new Map(stored.map((f) => [f.id, f]));
  const plan: Pick<FilmPlan, 'add' | 'replace' | 'unchanged'> = { add: [], replace: [], unchanged: 0 };
  for (const film of incoming) {
    const current = byId.get(film.id);
    if (!current) plan.add.push(film);
    else if (film.importedAt > current.importedAt && JSON.stringify(film) !== JSON.stringify(current)) plan.replace.push(film);
    else plan.unchanged++;
  }
  return plan;
}
