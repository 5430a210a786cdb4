/** A target's selectors in the form matching works on: folded quote and context, saved position. */
import { fold, normaliseWhitespace } from './normalize';
import type { AnchorTarget, TextIndex } from './types';

export interface Prepared {
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

export const folded = new WeakMap<TextIndex, string>();

/** The folded (search key) form of the index text, cached per index. */
export function foldedText(index: TextIndex): string {
  let f = folded.get(index);
  if (f === undefined) {
    f = fold(index.text);
    folded.set(index, f);
  }
  return f;
}

export function prepare(t: AnchorTarget): Prepared {
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
