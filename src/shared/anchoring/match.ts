import search from 'approx-string-match';
import { refineBoundaries } from './similarity';
import { foldedText, prepare, type Prepared } from './prepared';
import { clusters, keyOffsets, vote } from './key-votes';
import { pick, rawErrors, score, trimSpaces, type Candidate } from './candidate-score';
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
 *
 * Parts: prepared.ts (targets), key-votes.ts (step 2), candidate-score.ts (step 4).
 */

export { foldedText };

/** Most candidate windows verified by approximate search per target. */
const MAX_WINDOWS = 4;
/** Most exact occurrences considered for a short quote without keys. */
const MAX_OCCURRENCES = 500;

/** Another place whose quote similarity is within this of a fuzzy match's makes it ambiguous. */
const RIVAL_QUOTE = 0.15;

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
