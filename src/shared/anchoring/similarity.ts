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
  return prev.slice(0, w + 1);
}

/**
 * Edit distance between `pattern` and the best stretch of `text[from, to)`
 * that touches one end of it: the end (`reverse`, for a prefix that must end
 * where the match starts) or the start (for a suffix).
 */
export function anchoredDistance(pattern: string, text: string, from: number, to: number, reverse: boolean): number {
  if (pattern.length === 0) return 0;
  const row = lastRow(pattern, text, from, to, reverse, false);
  let best = pattern.length;
  for (let j = 0; j < row.length; j++) if (row[j] < best) best = row[j];
  return best;
}

/** 0..1 agreement of a saved prefix with the text ending at `start`; null when nothing was saved. */
export function prefixSimilarity(prefix: string | undefined, text: string, start: number): number | null {
  if (!prefix) return start === 0 && prefix === '' ? 1 : null;
  const slack = Math.ceil(prefix.length / 4);
  const from = Math.max(0, start - prefix.length - slack);
  return 1 - anchoredDistance(prefix, text, from, start, true) / prefix.length;
}

/** 0..1 agreement of a saved suffix with the text starting at `end`; null when nothing was saved. */
export function suffixSimilarity(suffix: string | undefined, text: string, end: number): number | null {
  if (!suffix) return end === text.length && suffix === '' ? 1 : null;
  const slack = Math.ceil(suffix.length / 4);
  const to = Math.min(text.length, end + suffix.length + slack);
  return 1 - anchoredDistance(suffix, text, end, to, false) / suffix.length;
}

/**
 * Moves the boundaries of an approximate match [start, end) of `quote` to
 * where quote and context align best: the lowest-error match alone may drop
 * a changed word at its edge ("arkable lots of" for "article with lots of").
 * Returns the refined boundaries and the quote's edit distance between them.
 */
export function refineBoundaries(
  quote: string,
  prefix: string | undefined,
  suffix: string | undefined,
  text: string,
  start: number,
  end: number,
  slack: number,
): { start: number; end: number; errors: number } {
  const pre = prefix ?? '';
  const suf = suffix ?? '';
  // Start, with the end fixed: prefix ending at b plus quote over [b, end).
  const lo = Math.max(0, start - slack);
  const hi = Math.min(end, start + slack);
  const from = Math.max(0, lo - pre.length - slack);
  const preCost = pre ? lastRow(pre, text, from, hi, false, true) : null;
  const quoteBack = lastRow(quote, text, lo, end, true, false); // [j]: quote over [end - j, end)
  let bestS = start;
  let bestCost = Infinity;
  for (let b = lo; b <= hi; b++) {
    const c = (preCost ? preCost[b - from] : 0) + quoteBack[end - b];
    if (c < bestCost || (c === bestCost && Math.abs(b - start) < Math.abs(bestS - start))) {
      bestCost = c;
      bestS = b;
    }
  }
  // End, with the start fixed: quote over [bestS, b) plus suffix starting at b.
  const lo2 = Math.max(bestS, end - slack);
  const hi2 = Math.min(text.length, end + slack);
  const to = Math.min(text.length, hi2 + suf.length + slack);
  const quoteFwd = lastRow(quote, text, bestS, hi2, false, false); // [j]: quote over [bestS, bestS + j)
  const sufCost = suf ? lastRow(suf, text, lo2, to, true, true) : null; // [j]: suffix from to - j
  let bestE = end;
  let bestErr = quoteFwd[end - bestS] ?? quote.length;
  bestCost = Infinity;
  for (let b = lo2; b <= hi2; b++) {
    const q = quoteFwd[b - bestS];
    const c = q + (sufCost ? sufCost[to - b] : 0);
    if (c < bestCost || (c === bestCost && Math.abs(b - end) < Math.abs(bestE - end))) {
      bestCost = c;
      bestE = b;
      bestErr = q;
    }
  }
  return { start: bestS, end: bestE, errors: bestErr };
}
