/** Context similarity: how well saved prefix/suffix text agrees with the page around a match. */

let prev = new Int32Array(128);
let cur = new Int32Array(128);

/**
 * Edit distance between `pattern` and the best stretch of `text[from, to)`
 * that touches one end of it: the end (`reverse`, for a prefix that must end
 * where the match starts) or the start (for a suffix).
 */
export function anchoredDistance(pattern: string, text: string, from: number, to: number, reverse: boolean): number {
  const m = pattern.length;
  const w = Math.max(0, to - from);
  if (m === 0) return 0;
  if (w + 1 > prev.length) {
    prev = new Int32Array(w + 1);
    cur = new Int32Array(w + 1);
  }
  for (let j = 0; j <= w; j++) prev[j] = j;
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
  let best = m;
  for (let j = 0; j <= w; j++) if (prev[j] < best) best = prev[j];
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
