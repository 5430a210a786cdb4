/**
 * Seeded Letterboxd account exports, shaped like the real ones
 * (https://letterboxd.com/settings/data/): ratings, watched, watchlist,
 * diary (several watches per film, entry URIs), reviews (HTML, line breaks,
 * non-ASCII), likes/films, deleted/ and orphaned/ folders, profile.csv; two
 * films of one title and year that differ only in case, and two that are
 * exactly alike; BOM and CRLF on some files. Also what the generator knows
 * is in them, for the tests to check against.
 */
import Papa from 'papaparse';
import { mulberry32 } from './seeded-random';

export interface GenFile {
  path: string;
  text: string;
}

export interface GenFilm {
  uri: string;
  title: string;
  year: number;
  rating: number | null;
  watchlist: boolean;
  liked: boolean;
  watches: { uri: string; watchedDate: string; rating: number | null; rewatch: boolean; tags: string[]; review: string }[];
}

const TITLES = ['Her', 'Amélie', 'The Thing', 'Crouching Tiger, Hidden Dragon', 'Parasite', '8½', 'M', 'Tár', 'Ran', 'Heat', 'El espíritu de la colmena', 'Cría cuervos', '千と千尋の神隠し', '"Quoted" title', 'Léon: The Professional', '-1 Minute', '@Home'];
const TAGS = ['romance', 'sci-fi', 'horror', 'rewatch', 'paris', 'comfort', 'cine español', 'favoritos'];
const REVIEWS = ['Loved it.', '<b>Bold</b> and <i>brave</i>.\nSecond line, with a comma.', '@amigo tenías razón', '- a list, or not', 'Ñandú, "quoted", and 🎬', '=1+1 is what I typed', 'Line one\n\nLine three <br/> <a href="https://x.example">link</a>'];

export function genLetterboxdExport(seed: number, size = 12): { files: GenFile[]; films: GenFilm[] } {
  const next = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T,>(l: readonly T[]) => l[Math.floor(next() * l.length)];
  const chance = (p: number) => next() < p;
  const day = () => `20${String(int(15, 24)).padStart(2, '0')}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  let n = 0;
  const boxd = () => `https://boxd.it/${(seed % 1000).toString(36)}${(n++).toString(36)}`;
  const films: GenFilm[] = [];
  const used = new Set<string>();
  for (let i = 0; i < size; i++) {
    const title = pick(TITLES);
    const year = int(1950, 2024);
    if (used.has(`${title}|${year}`)) continue;
    used.add(`${title}|${year}`);
    films.push({ uri: boxd(), title, year, rating: null, watchlist: false, liked: false, watches: [] });
  }
  // The traps: one title and year in two cases, and two films exactly alike.
  films.push({ uri: boxd(), title: 'Rain', year: 2019, rating: null, watchlist: false, liked: false, watches: [] });
  films.push({ uri: boxd(), title: 'rain', year: 2019, rating: null, watchlist: false, liked: false, watches: [] });
  films.push({ uri: boxd(), title: 'The Haunted Castle', year: 1897, rating: null, watchlist: false, liked: false, watches: [] });
  films.push({ uri: boxd(), title: 'The Haunted Castle', year: 1897, rating: null, watchlist: false, liked: false, watches: [] });
  for (const f of films) {
    const kind = f.title === 'The Haunted Castle' ? 'seen' : pick(['seen', 'seen', 'seen', 'wanted']);
    if (kind === 'wanted') {
      f.watchlist = true;
      continue;
    }
    if (chance(0.7)) f.rating = int(1, 10) / 2;
    f.liked = chance(0.4);
    const watches = f.title === 'The Haunted Castle' ? 0 : int(0, 3);
    const dates = Array.from({ length: watches }, day).sort();
    dates.forEach((d, k) => {
      f.watches.push({ uri: boxd(), watchedDate: d, rating: chance(0.8) ? int(1, 10) / 2 : null, rewatch: k > 0, tags: chance(0.5) ? [pick(TAGS), pick(TAGS)].filter((t, j, a) => a.indexOf(t) === j) : [], review: chance(0.5) ? pick(REVIEWS) : '' });
    });
  }
  const csv = (fields: string[], rows: (string | number)[][], opts: { bom?: boolean; crlf?: boolean } = {}) =>
    (opts.bom ? '\uFEFF' : '') + Papa.unparse({ fields, data: rows.map((r) => r.map(String)) }, { newline: opts.crlf ? '\r\n' : '\n' }) + (opts.crlf ? '\r\n' : '\n');
  const base = ['Date', 'Name', 'Year', 'Letterboxd URI'];
  const crlf = chance(0.5);
  const seen = films.filter((f) => !f.watchlist);
  const files: GenFile[] = [
    { path: 'profile.csv', text: csv(['Date Joined', 'Username', 'Bio'], [['2015-01-01', 'reader', 'Hola']]) },
    { path: 'ratings.csv', text: csv([...base, 'Rating'], seen.filter((f) => f.rating !== null).map((f) => [day(), f.title, f.year, f.uri, f.rating!]), { bom: true, crlf }) },
    { path: 'watched.csv', text: csv(base, seen.map((f) => [day(), f.title, f.year, f.uri]), { crlf }) },
    { path: 'watchlist.csv', text: csv(base, films.filter((f) => f.watchlist).map((f) => [day(), f.title, f.year, f.uri])) },
    { path: 'likes/films.csv', text: csv(base, films.filter((f) => f.liked).map((f) => [day(), f.title, f.year, f.uri])) },
    {
      path: 'diary.csv',
      text: csv([...base, 'Rating', 'Rewatch', 'Tags', 'Watched Date'], seen.flatMap((f) => f.watches.map((w) => [w.watchedDate, f.title, f.year, w.uri, w.rating ?? '', w.rewatch ? 'Yes' : '', w.tags.join(', '), w.watchedDate])), { crlf }),
    },
    {
      path: 'reviews.csv',
      text: csv([...base, 'Rating', 'Rewatch', 'Review', 'Tags', 'Watched Date'], seen.flatMap((f) => f.watches.filter((w) => w.review).map((w) => [w.watchedDate, f.title, f.year, w.uri, w.rating ?? '', w.rewatch ? 'Yes' : '', w.review, w.tags.join(', '), w.watchedDate]))),
    },
    { path: 'deleted/diary.csv', text: csv([...base, 'Rating', 'Rewatch', 'Tags', 'Watched Date'], [[day(), films[0].title, films[0].year, boxd(), 3, 'Yes', '', day()]]) },
    { path: 'orphaned/diary.csv', text: csv([...base, 'Rating', 'Rewatch', 'Tags', 'Watched Date'], [[day(), 'Gone Film', 1999, boxd(), 2, '', '', day()]]) },
    { path: 'lists/favourites.csv', text: 'Letterboxd list export v7\nDate,Name,Tags,URL,Description\n2020-01-01,Favourites,,https://boxd.it/list,\n' },
  ];
  return { files, films };
}
