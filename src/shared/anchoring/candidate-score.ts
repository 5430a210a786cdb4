/**
 * How well a place fits a target (quote, prefix, suffix, position, as in
 * Hypothesis' match-quote), whether that is enough, and which candidate wins.
 */
import { prefixSimilarity, suffixSimilarity } from './similarity';
import type { Prepared } from './prepared';

/** Weights of the score, as in Hypothesis' match-quote (quote, prefix, suffix, position). */
const W_QUOTE = 50;
const W_PREFIX = 20;
const W_SUFFIX = 20;
const W_POS = 2;
const W_TOTAL = W_QUOTE + W_PREFIX + W_SUFFIX + W_POS;
/** A runner-up this close to the best makes the placement a guess (score units, 0..1). */
const AMBIGUOUS_EXACT = 0.02;
const AMBIGUOUS_FUZZY = 0.05;
export interface Candidate {
  start: number;
  end: number;
  errors: number;
  score: number;
  ok: boolean;
  strong: boolean;
  dist: number;
  q: number;
  ps: number | null;
  ss: number | null;
}

export function score(p: Prepared, f: string, start: number, end: number, errors: number): Candidate {
  const len = p.quote.length;
  const q = Math.max(0, 1 - errors / len);
  const ps = prefixSimilarity(p.prefix, f, start);
  const ss = suffixSimilarity(p.suffix, f, end);
  const dist = p.pos ? Math.abs(start - p.pos.start) : Infinity;
  const posSim = p.pos ? 1 - Math.min(1, dist / Math.max(1, f.length)) : 0.5;
  const total = (W_QUOTE * q + W_PREFIX * (ps ?? 0.5) + W_SUFFIX * (ss ?? 0.5) + W_POS * posSim) / W_TOTAL;
  const ctx = ps === null ? ss : ss === null ? ps : Math.max(ps, ss);
  const both = Math.min(ps ?? 0, ss ?? 0);
  let ok: boolean;
  if (errors === 0) {
    // The very words: enough if either side of the context agrees, or none was saved.
    ok = ctx === null || ctx >= 0.5 || (dist <= 16 && len >= 16);
  } else if (ctx === null) {
    ok = len >= 32 && q >= 0.9;
  } else if (len < 16) {
    ok = errors <= Math.max(1, Math.floor(len / 6)) && both >= 0.6;
  } else {
    // Changed words need context on both sides (only one is saved at the page's ends):
    // one agreeing side is common in boilerplate, citations and repeated sentences.
    const sides = ps === null || ss === null ? ctx : both;
    ok = (q >= 0.75 && sides >= 0.5) || (q >= 0.6 && sides >= 0.75) || (q >= 0.5 && sides >= 0.9);
    // An edit changes a word or two; a look-alike (the next citation, the next line of a
    // form) differs in several. Allow about one word in ten to be missing.
    if (ok) {
      const words = p.quote.split(' ');
      const allowed = Math.max(1, Math.round(words.length / 10));
      ok = missingWords(words, f.slice(start, end)) <= allowed;
    }
  }
  const strong = errors === 0 && (ps ?? 1) >= 0.8 && (ss ?? 1) >= 0.8;
  return { start, end, errors, score: total, ok, strong, dist, q, ps, ss };
}

/** Characters that differ only before folding (case, quote style) at a folded-exact match. */
export function rawErrors(p: Prepared, text: string, start: number): number {
  let n = 0;
  for (let i = 0; i < p.raw.length; i++) if (text.charCodeAt(start + i) !== p.raw.charCodeAt(i)) n++;
  return n;
}

/** How many of the quote's words (with repeats) the candidate text lacks. */
function missingWords(words: string[], candidate: string): number {
  const have = new Map<string, number>();
  for (const w of candidate.split(' ')) have.set(w, (have.get(w) ?? 0) + 1);
  let missing = 0;
  for (const w of words) {
    const n = have.get(w) ?? 0;
    if (n > 0) have.set(w, n - 1);
    else missing++;
  }
  return missing;
}

function better(a: Candidate, b: Candidate | null): boolean {
  if (!b) return true;
  if (Math.abs(a.score - b.score) > 1e-9) return a.score > b.score;
  return a.dist < b.dist;
}

export function trimSpaces(f: string, c: { start: number; end: number }): void {
  while (c.start < c.end && f.charCodeAt(c.start) === 32) c.start++;
  while (c.end > c.start && f.charCodeAt(c.end - 1) === 32) c.end--;
}

/**
 * The best acceptable candidate, or null when another place (acceptable or
 * not) fits almost as well: near-identical lines (citations, comment-form
 * boilerplate) make a guess likely to be wrong.
 */
export function pick(cands: Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const c of cands) if (c.ok && better(c, best)) best = c;
  if (!best || best.strong) return best;
  const margin = best.errors === 0 ? AMBIGUOUS_EXACT : AMBIGUOUS_FUZZY;
  let gap = 1;
  for (const c of cands) {
    if (c === best || (c.start < best.end && best.start < c.end)) continue;
    gap = Math.min(gap, best.score - c.score);
  }
  return gap < margin ? null : best;
}
