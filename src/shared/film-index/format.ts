/** The committed film index file (public/film-index/films.json.gz), as written by scripts/build-film-index.ts. */
export const INDEX_VERSION = 1;

/** One film: [title, year, director ids, cast ids (main cast, billing order), Wikipedia article name when not the title with underscores]. */
export type IndexRow = [string, number, number[], number[]] | [string, number, number[], number[], string];

export interface IndexFile {
  version: number;
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
