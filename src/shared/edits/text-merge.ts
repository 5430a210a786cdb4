/**
 * Three-way merge of a text edited in two places since a common base (the page
 * note, a highlight's note). Lines first; a region both sides changed is tried
 * again word by word, so that two edits of one paragraph that do not touch the
 * same words still combine. Where both sides changed the same words
 * differently, or both added text at the same place, there is no order to
 * choose for the reader: the merge reports a conflict and the reader chooses.
 * Pure: no browser APIs.
 */

export type MergeResult = { ok: true; text: string } | { ok: false; both: string };

/** Beyond this many LCS cells a region is not diffed (a conflict, shown to the reader, instead of a long stall). */
const MAX_CELLS = 4_000_000;

const lines = (s: string) => s.match(/[^\n]*\n|[^\n]+$/g) ?? [];
const words = (s: string) => s.match(/\s+|[^\s]+/g) ?? [];

/** For each token of `o`, the index of the token of `x` it is matched to by a longest common subsequence, else -1. */
function matches(o: string[], x: string[]): Int32Array {
  const m = new Int32Array(o.length).fill(-1);
  let start = 0;
  while (start < o.length && start < x.length && o[start] === x[start]) m[start] = start++;
  let endO = o.length;
  let endX = x.length;
  while (endO > start && endX > start && o[endO - 1] === x[endX - 1]) m[--endO] = --endX;
  const n = endO - start;
  const k = endX - start;
  if (n === 0 || k === 0 || n * k > MAX_CELLS) return m;
  // Suffix LCS lengths, row by row (n+1) × (k+1).
  const w = k + 1;
  const table = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = k - 1; j >= 0; j--) {
      table[i * w + j] = o[start + i] === x[start + j] ? table[(i + 1) * w + j + 1] + 1 : Math.max(table[(i + 1) * w + j], table[i * w + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < k) {
    if (o[start + i] === x[start + j]) {
      m[start + i] = start + j;
      i++;
      j++;
    } else if (table[(i + 1) * w + j] >= table[i * w + j + 1]) i++;
    else j++;
  }
  return m;
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

type Chunk = { stable: string[] } | { o: string[]; a: string[]; b: string[] };

/** diff3's chunks: runs all three share, and regions between them. */
function chunks(o: string[], a: string[], b: string[]): Chunk[] {
  const ma = matches(o, a);
  const mb = matches(o, b);
  const out: Chunk[] = [];
  let io = 0;
  let ia = 0;
  let ib = 0;
  while (io < o.length) {
    let k = 0;
    while (io + k < o.length && ma[io + k] === ia + k && mb[io + k] === ib + k) k++;
    if (k > 0) {
      out.push({ stable: o.slice(io, io + k) });
      io += k;
      ia += k;
      ib += k;
      continue;
    }
    let j = io;
    while (j < o.length && (ma[j] < ia || mb[j] < ib)) j++;
    if (j === o.length) break;
    out.push({ o: o.slice(io, j), a: a.slice(ia, ma[j]), b: b.slice(ib, mb[j]) });
    io = j;
    ia = ma[j];
    ib = mb[j];
  }
  if (io < o.length || ia < a.length || ib < b.length) out.push({ o: o.slice(io), a: a.slice(ia), b: b.slice(ib) });
  return out;
}

function mergeTokens(o: string[], a: string[], b: string[], refine: boolean): MergeResult {
  let text = '';
  let both = '';
  let ok = true;
  for (const c of chunks(o, a, b)) {
    if ('stable' in c) {
      const s = c.stable.join('');
      text += s;
      both += s;
      continue;
    }
    let part: string | null = null;
    if (same(c.a, c.o)) part = c.b.join('');
    else if (same(c.b, c.o) || same(c.a, c.b)) part = c.a.join('');
    else if (refine) {
      const inner = mergeTokens(words(c.o.join('')), words(c.a.join('')), words(c.b.join('')), false);
      if (inner.ok) part = inner.text;
    }
    if (part !== null) {
      text += part;
      both += part;
    } else {
      ok = false;
      // "Keep both": the other side's text, then the reader's, where they disagree.
      const theirs = c.b.join('');
      const mine = c.a.join('');
      const sep = theirs && mine && !theirs.endsWith('\n') ? '\n' : '';
      both += theirs + sep + mine;
    }
  }
  return ok ? { ok: true, text } : { ok: false, both };
}

/**
 * Merges `mine` (the reader's edit of `base`) with `theirs` (what is stored now,
 * also an edit of `base`). `both` (on a conflict) keeps every side's text, for
 * the reader's "Keep both".
 */
export function merge3(base: string, mine: string, theirs: string): MergeResult {
  if (mine === theirs || theirs === base) return { ok: true, text: mine };
  if (mine === base) return { ok: true, text: theirs };
  return mergeTokens(lines(base), lines(mine), lines(theirs), true);
}
