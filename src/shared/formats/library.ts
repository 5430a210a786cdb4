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
