/** The committed film index read from disk (Node: detect, eval, fit-weights, bench, tests). */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FilmIndex } from '../src/shared/film-index/film-index';

export const INDEX_FILE = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'public/film-index/films.bin.gz');

let cached: FilmIndex | null = null;

export function loadFilmIndex(file = INDEX_FILE): FilmIndex {
  if (file === INDEX_FILE && cached) return cached;
  const index = FilmIndex.fromBytes(gunzipSync(readFileSync(file)));
  if (file === INDEX_FILE) cached = index;
  return index;
}
