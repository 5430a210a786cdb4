/**
 * Filtering before verifying: short word-aligned "keys" hashed from every
 * unplaced quote and its context, and one scan of the page's word starts that
 * votes for candidate start offsets; votes close together form clusters.
 */
import type { Prepared } from './prepared';

/** Length of the word-aligned keys hashed from quotes and page text. */
const KEY = 12;
/** A key seen more often than this on the page is too common to vote. */
const KEY_CAP = 48;
/** Most keys taken from one quote. */
const MAX_KEYS = 24;
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
export function keyOffsets(s: string, includeZero: boolean): number[] {
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
export function vote(f: string, targets: Prepared[]): void {
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

export interface Cluster {
  lo: number;
  hi: number;
  count: number;
  values: number[];
}

export function clusters(votes: number[], gap: number): Cluster[] {
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
