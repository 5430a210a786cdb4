/** The committed film index read from disk (Node: detect, eval, fit-weights, bench, tests). */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FilmIndex } from '../src/shared/film-index/film-index';
import type { IndexFile } from '../src/shared/film-index/format';

export const INDEX_FILE = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'public/film-index/films.json.gz');

let cached: FilmIndex | null = null;

export function loadFilmIndex(file = INDEX_FILE): FilmIndex {
  if (file === INDEX_FILE && cached) return cached;
  const index = new FilmIndex(JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as IndexFile);
  if (file === INDEX_FILE) cached = index;
  return index;
}
