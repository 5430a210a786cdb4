/** Edit-distance helpers: context similarity and match boundary refinement. */

let prev = new Int32Array(128);
let cur = new Int32Array(128);

/**
 * Last row of the edit-distance table of `pattern` against `text[from, to)`.
 * Forward: `out[j]` is the distance of `pattern` to the text ending at `from + j`,
 * the alignment starting exactly at `from` or, if `free`, anywhere.
 * Reverse: the mirror image, `out[j]` for the text starting at `to - j`, the
 * alignment ending exactly at `to` or, if `free`, anywhere.
 */
export function lastRow(pattern: string, text: string, from: number, to: number, reverse: boolean, free: boolean): Int32Array {
  return lastRowView(pattern, text, from, to, reverse, free).slice();
}

/** As {@link lastRow}, but a view of a shared buffer, valid until the next call. */
function lastRowView(pattern: string, text: string, from: number, to: number, reverse: boolean, free: boolean): Int32Array {
  const m = pattern.length;
  const w = Math.max(0, to - from);
  if (w + 1 > prev.length) {
    prev = new Int32Array(w + 1);
    cur = new Int32Array(w + 1);
  }
  for (let j = 0; j <= w; j++) prev[j] = free ? 0 : j;
  for (let i = 1; i <= m; i++) {
    const pc = reverse ? pattern.charCodeAt(m - i) : pattern.charCodeAt(i - 1);
    cur[0] = i;
    for (let j = 1; j <= w; j++) {
      const tc = reverse ? text.charCodeAt(to - j) : text.charCodeAt(from + j - 1);
      const sub = prev[j - 1] + (pc === tc ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev.subarray(0, w + 1);
}

/**
 * Edit distance between `pattern` and the best stretch of `text[from, to)`
 * that touches one end of it: the end (`reverse`, for a prefix that must end
 * where the match starts) or the start (for a suffix).
 */
export function anchoredDistance(pattern: string, text: string, from: number, to: number, reverse: boolean): number {
  if (pattern.length === 0) return 0;
  const row = lastRowView(pattern, text, from, to, reverse, false);
  let best = pattern.length;
  for (let j = 0; j < row.length; j++) if (row[j] < best) best = row[j];
  return best;
}

/** 0..1 agreement of a saved prefix with the text ending at `start`; null when nothing was saved. */
export function prefixSimilarity(prefix: string | undefined, text: string, start: number): number | null {
  if (!prefix) return start === 0 && prefix === '' ? 1 : null;
  if (text.startsWith(prefix, start - prefix.length)) return 1;
  const slack = Math.ceil(prefix.length / 4);
  const from = Math.max(0, start - prefix.length - slack);
  return 1 - anchoredDistance(prefix, text, from, start, true) / prefix.length;
}

/** 0..1 agreement of a saved suffix with the text starting at `end`; null when nothing was saved. */
export function suffixSimilarity(suffix: string | undefined, text: string, end: number): number | null {
  if (!suffix) return end === text.length && suffix === '' ? 1 : null;
  if (text.startsWith(suffix, end)) return 1;
  const slack = Math.ceil(suffix.length / 4);
  const to = Math.min(text.length, end + suffix.length + slack);
  return 1 - anchoredDistance(suffix, text, end, to, false) / suffix.length;
}

/**
 * Where `left` ends and `right` begins in the best alignment of `left + right`
 * (free start and end) inside `text[from, to)`: a full edit-distance table of a
 * few dozen characters each way, and a trace back through it.
 */
export function alignSplit(left: string, right: string, text: string, from: number, to: number): number | null {
  const p = left + right;
  const m = p.length;
  const w = Math.max(0, to - from);
  if (m === 0 || w === 0) return null;
  const cols = w + 1;
  const d = new Int32Array((m + 1) * cols); // row 0 all zero: free start
  for (let i = 1; i <= m; i++) {
    const pc = p.charCodeAt(i - 1);
    const r = i * cols;
    const q = r - cols;
    d[r] = i;
    for (let j = 1; j <= w; j++) {
      const sub = d[q + j - 1] + (pc === text.charCodeAt(from + j - 1) ? 0 : 1);
      const del = d[q + j] + 1;
      const ins = d[r + j - 1] + 1;
      d[r + j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
  }
  let j = 0;
  for (let k = 1, last = m * cols; k <= w; k++) if (d[last + k] < d[last + j]) j = k;
  let i = m;
  let split = -1;
  while (i > 0) {
    if (i === left.length) split = j; // leftmost column on the row where `left` ends
    const here = d[i * cols + j];
    if (j > 0 && here === d[(i - 1) * cols + j - 1] + (p.charCodeAt(i - 1) === text.charCodeAt(from + j - 1) ? 0 : 1)) {
      if (i === left.length + 1 && split < 0) split = j - 1;
      i--;
      j--;
    } else if (here === d[(i - 1) * cols + j] + 1) {
      if (i === left.length + 1 && split < 0) split = j;
      i--;
    } else j--;
  }
  if (left.length === 0) split = j;
  return split < 0 ? null : from + split;
}

/**
 * Moves the boundaries of an approximate match [start, end) of `quote` to
 * where quote and context align best: the lowest-error match alone may drop
 * a changed word at its edge ("arkable lots of" for "article with lots of").
 * Only the quote's first and last {@link EDGE} characters take part.
 */
export function refineBoundaries(
  quote: string,
  prefix: string | undefined,
  suffix: string | undefined,
  text: string,
  start: number,
  end: number,
  slack: number,
): { start: number; end: number } {
  const head = quote.slice(0, EDGE);
  const tail = quote.slice(-EDGE);
  let s = start;
  let e = end;
  if (prefix) {
    const from = Math.max(0, start - prefix.length - slack);
    const b = alignSplit(prefix, head, text, from, Math.min(text.length, start + head.length + slack));
    if (b !== null && b < end) s = b;
  }
  if (suffix) {
    const from = Math.max(s, end - tail.length - slack);
    const b = alignSplit(tail, suffix, text, from, Math.min(text.length, end + suffix.length + slack));
    if (b !== null && b > s) e = b;
  }
  return { start: s, end: e };
}

const EDGE = 32;
