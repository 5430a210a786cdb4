/**
 * The film index, loaded once per background lifetime from the extension's own files (no network, never in a
 * page): gunzipped with DecompressionStream, parsed, kept in memory. Loading takes well under 200 ms
 * (`npm run bench`); a failure leaves detection working without the index.
 */
import { browser } from '../platform/browser-api';
import { FilmIndex } from '../shared/film-index/film-index';
import type { IndexFile } from '../shared/film-index/format';

export const INDEX_PATH = 'film-index/films.json.gz';

/** Parses the gzipped index bytes (shared with the bench, which times it). */
export async function parseIndexBytes(gz: Blob | ArrayBuffer): Promise<FilmIndex> {
  const blob = gz instanceof Blob ? gz : new Blob([gz]);
  const stream = blob.stream().pipeThrough(new DecompressionStream('gzip'));
  return new FilmIndex((await new Response(stream).json()) as IndexFile);
}

let loading: Promise<FilmIndex | null> | null = null;

export function filmIndex(): Promise<FilmIndex | null> {
  loading ??= fetch(browser.runtime.getURL(INDEX_PATH))
    .then((r) => (r.ok ? r.blob() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then(parseIndexBytes)
    .catch((e) => {
      console.warn('Reel Notes: film index not loaded', e);
      loading = null;
      return null;
    });
  return loading;
}
