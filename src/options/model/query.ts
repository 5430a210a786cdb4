/**
 * A search query as the reader types it: words, or "quoted phrases", each
 * folded; a record matches when it contains every term.
 * Pure: no browser APIs.
 */
import { fold } from './fold';

/** Folded terms of a query; empty when there is nothing to search for. */
export function parseQuery(query: string): string[] {
  const terms: string[] = [];
  const folded = fold(query);
  for (const m of folded.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const term = (m[1] ?? m[2] ?? '').trim().replace(/\s+/g, ' ');
    if (term && !terms.includes(term)) terms.push(term);
  }
  // Longest first: the rarest term rules a record out soonest.
  return terms.sort((a, b) => b.length - a.length);
}

export function containsAll(haystack: string, terms: readonly string[]): boolean {
  for (const t of terms) if (!haystack.includes(t)) return false;
  return true;
}
