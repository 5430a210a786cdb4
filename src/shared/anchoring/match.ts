import search from 'approx-string-match';
import { fold, normaliseWhitespace } from './normalize';
import { prefixSimilarity, refineBoundaries, suffixSimilarity } from './similarity';
import type { AnchorMethod, AnchorResult, AnchorTarget, TextIndex } from './types';

/**
 * Places many highlights in one pass over one text index:
 * 1. position, checked against the quote and its context: in page order, each
 *    target at its saved offset plus the shift observed at the previous one
 *    (an edit moves all that follows it alike), else its quote once nearby;
 * 2. for the rest, one scan of the page's word starts against a hash table of
 *    short word-aligned "keys" from every unplaced quote and its context, which
 *    votes for candidate start offsets (filter, then verify);
 * 3. exact check of the voted candidates, then bounded approximate matching
 *    (approx-string-match) inside the few best-voted windows, boundaries
 *    re-aligned with the saved context;
 * 4. every candidate scored on quote, prefix, suffix and position; a candidate
 *    without enough agreement, or with a look-alike elsewhere that fits nearly
 *    as well, is rejected, and a target with no acceptable candidate is an
 *    orphan (a wrong placement is worse than none).
 */

/** Length of the word-aligned keys hashed from quotes and page text. */
const KEY = 12;
/** A key seen more often than this on the page is too common to vote. */
const KEY_CAP = 48;
/** Most keys taken from one quote. */
const MAX_KEYS = 24;
/** Most candidate windows verified by approximate search per target. */
const MAX_WINDOWS = 4;
/** Most exact occurrences considered for a short quote without keys. */
const MAX_OCCURRENCES = 500;

/** Weights of the score, as in Hypothesis' match-quote (quote, prefix, suffix, position). */
const W_QUOTE = 50;
const W_PREFIX = 20;
const W_SUFFIX = 20;
const W_POS = 2;
const W_TOTAL = W_QUOTE + W_PREFIX + W_SUFFIX + W_POS;
/** A runner-up this close to the best makes the placement a guess (score units, 0..1). */
const AMBIGUOUS_EXACT = 0.02;
const AMBIGUOUS_FUZZY = 0.05;
/** Another place whose quote similarity is within this of a fuzzy match's makes it ambiguous. */
const RIVAL_QUOTE = 0.15;

interface Prepared {
  id: string;
  /** Folded, whitespace-normalised, trimmed quote. */
  quote: string;
  /** The same before folding: case and typography differences count as errors. */
  raw: string;
  prefix?: string;
  suffix?: string;
  pos?: { start: number; end: number };
  votes: number[];
}

interface Candidate {
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

const folded = new WeakMap<TextIndex, string>();

/** The folded (search key) form of the index text, cached per index. */
export function foldedText(index: TextIndex): string {
  let f = folded.get(index);
  if (f === undefined) {
    f = fold(index.text);
    folded.set(index, f);
  }
  return f;
}

function prepare(t: AnchorTarget): Prepared {
  const p: Prepared = { id: t.id, quote: '', raw: '', votes: [] };
  for (const s of t.selectors) {
    if (s.type === 'TextQuoteSelector' && !p.quote && typeof s.exact === 'string') {
      const exact = normaliseWhitespace(s.exact);
      const trimmed = exact.trim();
      if (!trimmed) continue;
      p.quote = fold(trimmed);
      p.raw = trimmed;
      if (typeof s.prefix === 'string') {
        let pre = normaliseWhitespace(s.prefix);
        if (exact.startsWith(' ') && !pre.endsWith(' ')) pre += ' ';
        p.prefix = fold(pre.replace(/^ /, ''));
      }
      if (typeof s.suffix === 'string') {
        let suf = normaliseWhitespace(s.suffix);
        if (exact.endsWith(' ') && !suf.startsWith(' ')) suf = ' ' + suf;
        p.suffix = fold(suf.replace(/ $/, ''));
      }
    } else if (s.type === 'TextPositionSelector' && !p.pos && Number.isFinite(s.start) && Number.isFinite(s.end)) {
      p.pos = { start: Math.trunc(s.start), end: Math.trunc(s.end) };
    }
  }
  return p;
}

function hashAt(s: string, at: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < KEY; k++) {
    h ^= s.charCodeAt(at + k);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

interface KeyEntry {
  /** For each referring target: its number and `rel`, so that start = hit - rel. */
  refs: number[];
  hits: number[];
  dead: boolean;
}

/** Word starts (after a space) in `s` from which a whole key fits. */
function keyOffsets(s: string, includeZero: boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i + KEY <= s.length; i++) {
    if ((i === 0 ? includeZero : s.charCodeAt(i - 1) === 32) && s.charCodeAt(i) !== 32) out.push(i);
  }
  return out;
}

function sample(xs: number[], n: number): number[] {
  if (xs.length <= n) return xs;
  const out: number[] = [];
  for (let k = 0; k < n; k++) out.push(xs[Math.floor((k * xs.length) / n)]);
  return out;
}

/** The one pass: every word start of the page against the keys of all unplaced targets. */
function vote(f: string, targets: Prepared[]): void {
  const table = new Map<number, KeyEntry>();
  const add = (h: number, t: number, rel: number) => {
    let e = table.get(h);
    if (!e) {
      e = { refs: [], hits: [], dead: false };
      table.set(h, e);
    }
    e.refs.push(t, rel);
  };
  targets.forEach((p, t) => {
    const q = p.quote;
    const zero = p.prefix === undefined ? false : p.prefix === '' || p.prefix.endsWith(' ');
    for (const i of sample(keyOffsets(q, zero), MAX_KEYS)) add(hashAt(q, i), t, i);
    if (p.prefix) {
      for (const i of sample(keyOffsets(p.prefix, false), 3)) add(hashAt(p.prefix, i), t, i - p.prefix.length);
    }
    if (p.suffix) {
      for (const i of sample(keyOffsets(p.suffix, false), 3)) add(hashAt(p.suffix, i), t, q.length + i);
    }
  });
  if (table.size === 0) return;
  // Most word starts match no key: a bit per hash bucket answers those without the Map.
  const bits = new Uint32Array(1 << 15);
  for (const h of table.keys()) bits[(h >>> 5) & 0x7fff] |= 1 << (h & 31);

  const n = f.length - KEY;
  for (let j = 0; j <= n; j++) {
    if (j > 0 && f.charCodeAt(j - 1) !== 32) continue;
    const h = hashAt(f, j);
    if ((bits[(h >>> 5) & 0x7fff] & (1 << (h & 31))) === 0) continue;
    const e = table.get(h);
    if (e === undefined || e.dead) continue;
    if (e.hits.length >= KEY_CAP) {
      e.dead = true;
      continue;
    }
    e.hits.push(j);
  }

  for (const e of table.values()) {
    if (e.dead) continue;
    for (let r = 0; r < e.refs.length; r += 2) {
      const votes = targets[e.refs[r]].votes;
      const rel = e.refs[r + 1];
      for (const j of e.hits) votes.push(j - rel);
    }
  }
}

function score(p: Prepared, f: string, start: number, end: number, errors: number): Candidate {
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
function rawErrors(p: Prepared, text: string, start: number): number {
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

interface Cluster {
  lo: number;
  hi: number;
  count: number;
  values: number[];
}

function clusters(votes: number[], gap: number): Cluster[] {
  if (votes.length === 0) return [];
  const v = Int32Array.from(votes).sort();
  const out: Cluster[] = [];
  let c: Cluster = { lo: v[0], hi: v[0], count: 1, values: [v[0]] };
  for (let k = 1; k < v.length; k++) {
    const x = v[k];
    if (x - c.hi <= gap) {
      if (x !== c.hi) c.values.push(x);
      c.hi = x;
      c.count++;
    } else {
      out.push(c);
      c = { lo: x, hi: x, count: 1, values: [x] };
    }
  }
  out.push(c);
  return out;
}

function trimSpaces(f: string, c: { start: number; end: number }): void {
  while (c.start < c.end && f.charCodeAt(c.start) === 32) c.start++;
  while (c.end > c.start && f.charCodeAt(c.end - 1) === 32) c.end--;
}


/** Best acceptable candidate for one target after the voting pass, or null. */
function resolve(p: Prepared, f: string, text: string): Candidate | null {
  const q = p.quote;
  const len = q.length;
  const accepted: Candidate[] = [];
  const consider = (c: Candidate) => {
    if (!accepted.some((a) => a.start === c.start && a.end === c.end)) accepted.push(c);
  };

  // Exact occurrences among the voted starts.
  const groups = clusters(p.votes, Math.max(8, len >> 2)).sort((a, b) => b.count - a.count);
  const seen = new Set<number>();
  for (const g of groups) {
    for (const s of g.values) {
      if (s < 0 || seen.has(s)) continue;
      seen.add(s);
      if (f.startsWith(q, s)) consider(score(p, f, s, s + len, rawErrors(p, text, s)));
    }
  }
  // A short quote may have no keys: fall back to a plain search.
  if (accepted.length === 0 && keyOffsets(q, true).length === 0) {
    let at = f.indexOf(q);
    for (let k = 0; at >= 0 && k < MAX_OCCURRENCES; k++) {
      if (!seen.has(at)) consider(score(p, f, at, at + len, rawErrors(p, text, at)));
      at = f.indexOf(q, at + 1);
    }
  }
  const exact = accepted.filter((c) => c.ok && c.errors === 0);
  if (exact.length > 0) return pick(exact);

  // Approximate matching in the best-voted windows (or around the saved position).
  // No acceptable match has more errors than this (see `score`): q >= 0.5, and in practice
  // at most one word in ten missing.
  const maxErrors = Math.min(Math.floor(len * 0.4), 256);
  // (A window around a folded-exact occurrence would only find that occurrence again.)
  const windows: [number, number][] = groups
    .filter((g) => g.count >= 2 && !accepted.some((c) => c.start >= g.lo && c.start <= g.hi))
    .slice(0, MAX_WINDOWS)
    .map((g) => [g.lo - maxErrors - 8, g.hi + len + maxErrors + 8]);
  if (windows.length === 0 && p.pos) {
    windows.push([p.pos.start - 2 * len - 256, p.pos.start + 3 * len + 256]);
  }
  const found: { start: number; end: number; errors: number; rank: number }[] = [];
  for (const [a, b] of windows) {
    const from = Math.max(0, a);
    const to = Math.min(f.length, b);
    if (to - from < len - maxErrors) continue;
    let lastEnd = -1;
    for (const m of search(f.slice(from, to), q, maxErrors)) {
      // Equal-cost matches come in overlapping runs (one per end offset): one per run.
      if (m.start < lastEnd) continue;
      lastEnd = m.end;
      const c = { start: from + m.start, end: from + m.end, errors: m.errors, rank: 0 };
      trimSpaces(f, c);
      if (c.end <= c.start) continue;
      c.rank = score(p, f, c.start, c.end, c.errors).score;
      found.push(c);
    }
  }
  // Boundaries matter only for the best few: align those with their context, then judge.
  found.sort((x, y) => y.rank - x.rank);
  found.forEach((m, i) => {
    let c: { start: number; end: number; errors: number } = m;
    if (i === 0 && c.errors > 0) {
      const r = refineBoundaries(q, p.prefix, p.suffix, f, c.start, c.end, 16 + Math.min(64, c.errors >> 1));
      trimSpaces(f, r);
      if (r.start !== c.start || r.end !== c.end) {
        // The quote's distance to the refined stretch (the best match inside it, bit-parallel).
        const inside = search(f.slice(r.start, r.end), q, maxErrors);
        const errors = inside.length ? Math.min(...inside.map((x) => x.errors)) + 0 : c.errors;
        c = { ...r, errors: Math.max(errors, Math.abs(r.end - r.start - len)) };
      }
    }
    if (c.end > c.start) consider(score(p, f, c.start, c.end, c.errors));
  });
  const best = pick(accepted);
  if (!best || best.errors === 0) return best;
  // A changed quote that fits another place about as well is templated text (citations,
  // form lines): its edit cannot be told from its neighbour's, so do not guess.
  const rival = accepted.some((c) => (c.end <= best.start || c.start >= best.end) && c.q >= best.q - RIVAL_QUOTE);
  return rival ? null : best;
}

/**
 * The best acceptable candidate, or null when another place (acceptable or
 * not) fits almost as well: near-identical lines (citations, comment-form
 * boilerplate) make a guess likely to be wrong.
 */
function pick(cands: Candidate[]): Candidate | null {
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

/**
 * Anchors all targets against one index. Returns one result per target, in
 * order; `start`/`end` are offsets into `index.text` (see {@link rangeFor}).
 */
export function anchorAll(index: TextIndex, targets: readonly AnchorTarget[]): AnchorResult[] {
  const f = foldedText(index);
  const text = index.text;
  const results: AnchorResult[] = new Array(targets.length);
  const prepared: Prepared[] = [];
  const pending: number[] = [];

  const positioned: number[] = [];
  targets.forEach((t, k) => {
    const p = prepare(t);
    prepared.push(p);
    if (!p.quote) {
      // Nothing to check a position against: trust it only if it fits the page.
      if (p.pos && p.pos.start >= 0 && p.pos.end > p.pos.start && p.pos.end <= f.length) {
        results[k] = placed(t.id, p.pos.start, p.pos.end, 0.5, 'position');
      } else results[k] = { id: t.id, status: 'orphan' };
    } else if (p.pos) positioned.push(k);
    else pending.push(k);
  });

  // 1. Position first. An edit moves everything after it by the same amount, so in page
  // order each target is tried at its saved position plus the shift seen at the one before,
  // then looked for nearby; all checked against quote and context.
  positioned.sort((a, b) => prepared[a].pos!.start - prepared[b].pos!.start);
  let shift = 0;
  for (const k of positioned) {
    const p = prepared[k];
    const c = nearPosition(p, f, text, shift);
    if (c) {
      const saved = p.pos!.start;
      const method = c.start === saved || c.start === saved + shift ? 'position' : 'exact';
      results[k] = placed(p.id, c.start, c.end, c.score, method);
      shift = c.start - p.pos!.start;
    } else pending.push(k);
  }

  if (pending.length > 0) {
    const ps = pending.map((k) => prepared[k]);
    vote(f, ps);
    ps.forEach((p, n) => {
      const c = resolve(p, f, text);
      const k = pending[n];
      results[k] = c ? placed(p.id, c.start, c.end, c.score, c.errors === 0 ? 'exact' : 'fuzzy') : { id: p.id, status: 'orphan' };
      p.votes = [];
    });
  }
  return results;
}

/** Characters searched on either side of a target's expected place before the full pass. */
const NEAR = 4096;

/**
 * The target at its saved position (plus `shift`) or, failing that, its exact quote
 * once (and only once) within {@link NEAR} characters, the context agreeing; null
 * otherwise, for the full pass to decide.
 */
function nearPosition(p: Prepared, f: string, text: string, shift: number): Candidate | null {
  const len = p.quote.length;
  const at = (s: number): Candidate | null => {
    if (s < 0 || !text.startsWith(p.raw, s)) return null;
    const c = score(p, f, s, s + len, 0);
    return c.ok && (c.ps !== null || c.ss !== null) ? c : null;
  };
  const saved = p.pos!.start;
  const direct = at(saved + shift) ?? (shift !== 0 ? at(saved) : null);
  if (direct) return direct;
  const from = Math.max(0, saved + shift - NEAR);
  const window = text.slice(from, saved + shift + len + NEAR);
  let found: Candidate | null = null;
  for (let i = window.indexOf(p.raw); i >= 0; i = window.indexOf(p.raw, i + 1)) {
    if (found) return null; // more than one: leave the choice to the full pass
    const c = score(p, f, from + i, from + i + len, 0);
    if (!c.ok) return null;
    found = c;
  }
  return found;
}

function placed(id: string, start: number, end: number, score: number, method: AnchorMethod): AnchorResult {
  return { id, status: 'placed', start, end, score: Math.round(score * 1000) / 1000, method };
}
