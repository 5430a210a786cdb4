/** Everything the reader saved, as plain records: what backups, imports and exports carry. */
import type { FilmRecord } from './films';
import type { HighlightRecord } from './highlight';
import type { PageRecord } from './page';

export interface Library {
  pages: PageRecord[];
  highlights: HighlightRecord[];
  /** Films logged elsewhere (Letterboxd imports); absent in backups made before they existed. */
  films?: FilmRecord[];
}
