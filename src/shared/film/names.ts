/** Person-name helpers: recognise a plausible name and match one person across spellings. */
import type { CastMember } from './types';
import { fold } from './text';

/** Capitalised words that start sentences or name things, never people. */
const NOT_NAME = new Set(
  (
    'the a an this that these those his her its their our my your it he she they we i in on at of for and but or ' +
    'as with from by to if when while after before then so yet even also still only just both all some every ' +
    'film movie cinema review reviews director actor actress star cast story plot script screen scene ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr sir lord lady ' +
    'os tv usa uk la nyc hbo netflix oscar oscars academy award awards chapter part season episode'
  ).split(' '),
);
/** Words allowed as first token despite NOT_NAME (real first names). */
const FIRST_NAME_OK = new Set(['oscar', 'sir', 'dr', 'may', 'june', 'april']);

/** A token like "Phoenix", "O'Brien", "Gordon-Levitt", "Timothée". */
export const NAME_TOKEN = /^[A-Z\u00C0-\u00DE][\p{L}'’.]*(?:-[A-Z\u00C0-\u00DE][\p{L}'’.]*)?$/u;

export function isNameToken(w: string): boolean {
  return w.length > 0 && w.length < 30 && NAME_TOKEN.test(w);
}

/** Drop sentence words a capitalised run picked up in front of a name: "In Charlotte Wells" → "Charlotte Wells". */
export function trimLead(s: string): string {
  const toks = s.split(' ');
  while (toks.length > 1 && NOT_NAME.has(toks[0].toLowerCase()) && !FIRST_NAME_OK.has(toks[0].toLowerCase())) toks.shift();
  return toks.join(' ');
}

/** True for 1–4 capitalised tokens that are not obvious non-names. */
export function looksLikeName(s: string, minTokens = 1): boolean {
  const toks = s.split(' ').filter(Boolean);
  if (toks.length < minTokens || toks.length > 4) return false;
  if (!toks.every(isNameToken)) return false;
  if (toks.every((t) => t.length > 1 && t === t.toUpperCase())) return false; // acronyms and shouting: OS, HBO
  if (toks.some((t) => /['’]s$/.test(t))) return false; // possessives: "Nipper's"
  const first = toks[0].toLowerCase();
  if (NOT_NAME.has(first) && !(FIRST_NAME_OK.has(first) && toks.length > 1)) return false;
  if (toks.length === 1 && NOT_NAME.has(first)) return false;
  return true;
}

function lev(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Whether two strings name the same person: equal after folding, a surname-only mention
 * ("Phoenix" ~ "Joaquin Phoenix"), or a small misspelling of one part ("Johanssen" ~ "Johansson").
 */
export function sameName(a: string, b: string): boolean {
  const x = fold(a).split(' ').filter(Boolean);
  const y = fold(b).split(' ').filter(Boolean);
  if (!x.length || !y.length) return false;
  if (x.join(' ') === y.join(' ')) return true;
  if (x.length === 1 || y.length === 1) {
    const [one, many] = x.length === 1 ? [x[0], y] : [y[0], x];
    return many.length > 1 && one.length > 2 && many[many.length - 1] === one;
  }
  const [fx, lx] = [x[0], x[x.length - 1]];
  const [fy, ly] = [y[0], y[y.length - 1]];
  const tol = (s: string) => (s.length >= 6 ? 2 : s.length >= 4 ? 1 : 0);
  if (fx === fy && lev(lx, ly, 2) <= Math.min(tol(lx), tol(ly))) return true;
  if (lx === ly && (lev(fx, fy, 1) <= Math.min(tol(fx), tol(fy)) || fx[0] === fy[0] && (fx.length === 1 || fy.length === 1))) return true;
  return false;
}

export interface NameSource { name: string; rank: number /* higher is more trustworthy spelling */ }

/**
 * Merge cast lists from several sources: one entry per person, the best-ranked full spelling as
 * `name`, a differing page spelling kept in `pageSpelling`, character/voice filled from any source.
 */
export function mergeCast(lists: Array<{ rank: number; cast: CastMember[] }>, spellings: string[] = []): CastMember[] {
  type Slot = { m: CastMember; rank: number; spellings: Set<string> };
  const slots: Slot[] = [];
  const sorted = [...lists].sort((a, b) => b.rank - a.rank);
  for (const { rank, cast } of sorted) {
    for (const c of cast) {
      if (!c.name) continue;
      const slot = slots.find((s) => sameName(s.m.name, c.name));
      if (!slot) {
        slots.push({ m: { ...c }, rank, spellings: new Set([c.pageSpelling ?? c.name]) });
        continue;
      }
      slot.spellings.add(c.pageSpelling ?? c.name);
      const moreTokens = c.name.split(' ').length > slot.m.name.split(' ').length;
      if (moreTokens && slot.m.name.split(' ').length === 1) slot.m.name = c.name;
      if (!slot.m.character && c.character) slot.m.character = c.character;
      if (c.voice) slot.m.voice = true;
    }
  }
  for (const s of slots) {
    const canon = spellings.find((sp) => sameName(sp, s.m.name) && sp.split(' ').length >= s.m.name.split(' ').length);
    if (canon && canon !== s.m.name) {
      s.spellings.add(s.m.name);
      s.m.name = canon;
    }
    const other = [...s.spellings].find((sp) => sp.split(' ').length > 1 && fold(sp) !== fold(s.m.name));
    if (other) s.m.pageSpelling = other;
    else delete s.m.pageSpelling;
  }
  return slots.map((s) => s.m);
}

/** Dedupe a list of names across spellings, first spelling wins unless a canonical spelling is known. */
export function mergeNames(names: string[], spellings: string[] = []): string[] {
  const out: string[] = [];
  for (const n of names) {
    const i = out.findIndex((o) => sameName(o, n));
    if (i === -1) out.push(n);
    else if (n.split(' ').length > out[i].split(' ').length) out[i] = n;
  }
  return out.map((n) => spellings.find((sp) => sameName(sp, n) && sp.split(' ').length >= n.split(' ').length) ?? n);
}
