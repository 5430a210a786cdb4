/**
 * What a query looks for: each typed term with the library's words that are
 * a typo or two away from it. A text has a term when one of its words starts
 * with the term or one of those words (so the reader can stop typing early). Used to find records, to mark the matched words and to
 * say why a record matched.
 * Pure: no browser APIs.
 */
import { fold } from './fold';

export interface Needle {
  /** The folded term as typed. */
  term: string;
  /** Library words within the allowed typos of the term (not containing it). */
  near: readonly string[];
}

/** Letters and digits (folded text: ASCII, or any non-ASCII letter). */
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 0xc0;

/** Where `w` next starts a word of `hay` at or after `from`, or -1: "her" is in "Her story", not in "other". */
export function wordStartIndex(hay: string, w: string, from = 0): number {
  const anywhere = !isWordChar(w.charCodeAt(0));
  for (let at = hay.indexOf(w, from); at >= 0; at = hay.indexOf(w, at + 1)) if (anywhere || at === 0 || !isWordChar(hay.charCodeAt(at - 1))) return at;
  return -1;
}

/** Whether a folded text has a word starting with the needle's term or one of its near words. */
export function hasNeedle(folded: string, n: Needle): boolean {
  if (wordStartIndex(folded, n.term) >= 0) return true;
  for (const w of n.near) if (wordStartIndex(folded, w) >= 0) return true;
  return false;
}

/** Bit j set when the folded text has needle j. */
export function needleMask(folded: string, needles: readonly Needle[]): number {
  let m = 0;
  for (let j = 0; j < needles.length; j++) if (hasNeedle(folded, needles[j])) m |= 1 << j;
  return m;
}

/** Whether a text (not yet folded) has any of the needles. */
export function mentions(text: string | null | undefined, needles: readonly Needle[]): boolean {
  if (!text) return false;
  const folded = fold(text);
  return needles.some((n) => hasNeedle(folded, n));
}

/**
 * Where the needles are in a text, as [start, end) ranges of the original
 * text, sorted and merged. Folding can change lengths (é → e, ß → ss), so
 * the text is folded a character at a time to keep the way back.
 */
export function matchRanges(text: string, needles: readonly Needle[]): [number, number][] {
  if (!needles.length || !text) return [];
  let folded = '';
  /** For each folded character: where its original character starts and ends. */
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const f = fold(ch);
    // A character that folds to nothing (a combining accent) belongs to the one before it.
    if (!f.length && to.length) to[to.length - 1] = i + ch.length;
    for (let k = 0; k < f.length; k++) {
      from.push(i);
      to.push(i + ch.length);
    }
    folded += f;
    i += ch.length;
  }
  const ranges: [number, number][] = [];
  for (const n of needles) {
    for (const w of [n.term, ...n.near]) {
      if (!w) continue;
      for (let at = wordStartIndex(folded, w); at >= 0; at = wordStartIndex(folded, w, at + w.length)) ranges.push([from[at], to[at + w.length - 1]]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}
