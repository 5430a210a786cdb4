/**
 * Typo tolerance for search: how far a typed word may be from a word in the
 * library and still find it ("johansson" finds "Johanssen", "teodore" finds
 * "Theodore"), and the library's words to compare against.
 * Pure: no browser APIs.
 */

/** Typos allowed in a typed word: none in short words (too many near neighbours), one up to 7 letters, two from 8. */
export function typosAllowed(length: number): number {
  return length < 5 ? 0 : length < 8 ? 1 : 2;
}

/**
 * The edit distance of a and b (insert, delete, substitute, swap two
 * neighbours), or max + 1 as soon as it is known to exceed max.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return Math.min(prev[b.length], max + 1);
}

/** Splits folded text into words (letters and digits; folded text has no accents left). */
export const WORD_SPLIT = /[^a-z0-9\u00c0-\uffff]+/;

/** The distinct words of the library, by first letter: a typed word is compared only with words that start like it. */
export class Vocabulary {
  private readonly seen = new Set<string>();
  private readonly byFirst = new Map<string, string[]>();
  private readonly near = new Map<string, string[]>();

  add(folded: string): void {
    for (const w of folded.split(WORD_SPLIT)) {
      if (w.length < 3 || this.seen.has(w)) continue;
      this.seen.add(w);
      let list = this.byFirst.get(w[0]);
      if (!list) this.byFirst.set(w[0], (list = []));
      list.push(w);
      this.near.clear();
    }
  }

  /**
   * Library words within the allowed typos of a typed word that do not
   * already start with it (those are found as they are), closest first, at most `limit`.
   * Phrases (with a space) and short words have none.
   */
  variants(term: string, limit = 3): string[] {
    const k = typosAllowed(term.length);
    if (k === 0 || term.includes(' ')) return [];
    let out = this.near.get(term);
    if (out) return out;
    const found: [string, number][] = [];
    for (const w of this.byFirst.get(term[0]) ?? []) {
      if (Math.abs(w.length - term.length) > k || w.startsWith(term)) continue;
      const d = editDistance(term, w, k);
      if (d <= k) found.push([w, d]);
    }
    out = found.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([w]) => w);
    this.near.set(term, out);
    return out;
  }
}
