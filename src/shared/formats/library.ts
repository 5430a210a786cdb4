/**
 * What every import and export format reads or writes: the reader's pages and
 * highlights, and the one error type an import refuses a file with.
 * Pure: no browser APIs.
 */
import type * as v from 'valibot';
import type { HighlightRecord, PageRecord } from '../records';
import type { FilmRecord } from '../records/films';

/** Everything the reader saved, as plain records. */
export interface Library {
  pages: PageRecord[];
  highlights: HighlightRecord[];
  /** Films logged elsewhere (Letterboxd imports); absent in backups made before they existed. */
  films?: FilmRecord[];
}

/**
 * An import refused whole. `message` is a reason the reader can act on
 * ("pages[3].entry.rating: rating must be in half stars"); nothing was written.
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A valibot issue path as the reader would write it: `pages[3].entry.rating`. */
export function issuePath(issue: v.BaseIssue<unknown>, prefix = ''): string {
  let out = prefix;
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string') out += /^[A-Za-z_$][\w$]*$/.test(key) ? (out ? `.${key}` : key) : `[${JSON.stringify(key.slice(0, 40))}]`;
  }
  return out;
}

/** The first few valibot issues as one sentence, each prefixed with where it is. */
export function describe(issues: readonly v.BaseIssue<unknown>[], prefix = ''): string {
  const parts = issues.slice(0, 3).map((i) => {
    const path = issuePath(i, prefix);
    // valibot quotes the value it received in full: a megabyte string would make a megabyte message.
    const message = clip(i.message, 160);
    return path ? `${path}: ${message}` : message;
  });
  if (issues.length > 3) parts.push(`and ${issues.length - 3} more problems`);
  return parts.join('; ');
}

/** Text for an error message: control characters dropped, cut to `max` characters. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/[\u0000-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ' ');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** Stable order for records: by id (highlights by page, then creation, then id). */
export function sortLibrary(lib: Library): Library {
  const pages = [...lib.pages].sort((a, b) => cmp(a.id, b.id));
  const highlights = [...lib.highlights].sort(
    (a, b) => cmp(a.pageId, b.pageId) || a.createdAt - b.createdAt || cmp(a.id, b.id),
  );
  const films = lib.films ? [...lib.films].sort((a, b) => cmp(a.id, b.id)) : undefined;
  return films ? { pages, highlights, films } : { pages, highlights };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
