/** Small, linear-time text helpers shared by the adapters. */

/** Upper bound on how much text any adapter reads, so a 5 MB page costs the same as a 200 KB one. */
export const MAX_TEXT = 200_000;

export function clean(s: string | null | undefined, max = 500): string {
  if (!s) return '';
  return s.slice(0, max * 4).replace(/\s+/g, ' ').trim().slice(0, max);
}

/** Lower case, accents removed, punctuation collapsed: for comparisons only. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Strip wrapping quotes and stray punctuation from a title candidate. */
export function tidyTitle(s: string): string {
  let t = clean(s, 300);
  t = t.replace(/^[\s"'‘’“”«»„*_]+/, '').replace(/[\s"'‘’“”«»„*_,;:.–—-]+$/, '');
  return t;
}

const YEAR_IN_BRACKETS = /[([]\s*((?:18|19|20)\d\d)\s*[)\]]/;

/** Split "Her (2013)" into title and year. */
export function splitYear(s: string): { title: string; year: number | null } {
  const m = YEAR_IN_BRACKETS.exec(s);
  if (!m) return { title: tidyTitle(s), year: null };
  const title = tidyTitle(s.slice(0, m.index) + ' ' + s.slice(m.index + m[0].length));
  return { title, year: Number(m[1]) };
}

export function yearOf(v: unknown): number | null {
  if (typeof v === 'number' && v > 1870 && v < 2100) return Math.floor(v);
  if (typeof v !== 'string') return null;
  const m = /\b((?:18|19|20)\d\d)\b/.exec(v.slice(0, 100));
  return m ? Number(m[1]) : null;
}

export function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

