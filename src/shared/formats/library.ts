/**
 * What every import and export format shares: the one error type an import
 * refuses a file with, and a stable record order.
 * Pure: no browser APIs.
 */
import type { Library } from '../records/library';

export type { Library };
// The describer is the model's (records/issues.ts); formats name it `describe`.
export { describeIssues as describe, issuePath, clip } from '../records/issues';

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

/**
 * Imported times no later than `now`: a record dated in the future (a forged
 * or broken file, `updatedAt: 8.64e15`) would otherwise win every later
 * "newer wins" merge, over the reader's own edits.
 */
export function clampTimes(lib: Library, now: number): Library {
  const clamp = <R extends { createdAt: number; updatedAt: number }>(r: R): R =>
    r.createdAt > now || r.updatedAt > now ? { ...r, createdAt: Math.min(r.createdAt, now), updatedAt: Math.min(r.updatedAt, now) } : r;
  const out: Library = { pages: lib.pages.map(clamp), highlights: lib.highlights.map(clamp) };
  if (lib.films) out.films = lib.films.map((f) => (f.importedAt > now ? { ...f, importedAt: now } : f));
  return out;
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
