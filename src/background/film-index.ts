/**
 * The film index, loaded once per background lifetime from the extension's own files (no network, never in a
 * page): gunzipped with DecompressionStream and decoded column by column (src/shared/film-index/format.ts),
 * kept in memory. `npm run bench` times the load in the built extension's service worker; a failure leaves
 * detection working without the index.
 */
import { browser } from '../platform/browser-api';
import { FilmIndex } from '../shared/film-index/film-index';

export const INDEX_PATH = 'film-index/films.bin.gz';

/** Decodes the gzipped index bytes (shared with the bench, which times it). */
export async function parseIndexBytes(gz: Blob | ArrayBuffer): Promise<FilmIndex> {
  const blob = gz instanceof Blob ? gz : new Blob([gz]);
  const stream = blob.stream().pipeThrough(new DecompressionStream('gzip'));
  return FilmIndex.fromBytes(new Uint8Array(await new Response(stream).arrayBuffer()));
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
