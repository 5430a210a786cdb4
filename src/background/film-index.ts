/**
 * The film index, loaded once per background lifetime from the extension's own files (no network, never in a
 * page): gunzipped with DecompressionStream and decoded column by column (src/shared/film-index/format.ts),
 * kept in memory. `npm run bench` times the load in the built extension's service worker; a failure leaves
 * detection working without the index.
 */
import { browser } from '../platform/browser-api';
import { FilmIndex } from '../shared/film-index/film-index';

export const INDEX_PATH = 'film-index/films.bin.gz';

/**
 * Fetches and decodes the gzipped index (the bench times this very function in the built extension's
 * worker). The response is gunzipped as it arrives, not read whole first.
 */
export async function loadIndex(url: string): Promise<FilmIndex> {
  const r = await fetch(url);
  if (!r.ok || !r.body) throw new Error(`HTTP ${r.status}`);
  const bytes = await new Response(r.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  return FilmIndex.fromBytes(new Uint8Array(bytes));
}

let loading: Promise<FilmIndex | null> | null = null;

export function filmIndex(): Promise<FilmIndex | null> {
  loading ??= loadIndex(browser.runtime.getURL(INDEX_PATH))
    .catch((e) => {
      console.warn('Reel Notes: film index not loaded', e);
      loading = null;
      return null;
    });
  return loading;
}
