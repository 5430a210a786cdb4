/**
 * Text folded for search: lower case, accents and other combining marks
 * dropped, a few letters that do not decompose spelled the ASCII way, curly
 * quotes and dashes made plain. "Éclair" and "eclair" fold alike.
 * Pure: no browser APIs.
 */

const MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const SPECIAL: Record<string, string> = {
  ø: 'o', ł: 'l', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ð: 'd', þ: 'th',
  '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-', '\u00a0': ' ',
};
const SPECIAL_CHARS = /[øłđßæœıðþ\u2018\u2019\u02bc\u201c\u201d\u2013\u2014\u00a0]/;
const SPECIAL_CHARS_ALL = new RegExp(SPECIAL_CHARS.source, 'g');
const NON_ASCII = /[^\x00-\x7f]/;

/** The search form of a text. Plain ASCII (most text) takes a fast path. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  const plain = lower.normalize('NFKD').replace(MARKS, '');
  return SPECIAL_CHARS.test(plain) ? plain.replace(SPECIAL_CHARS_ALL, (c) => SPECIAL[c] ?? c) : plain;
}

const cache = new WeakMap<object, string>();

/**
 * The folded haystack of a record, computed once per record object: records
 * are replaced, never mutated, so an edited record is folded again and the
 * others are not.
 */
export function foldedFor(record: object, build: () => string): string {
  let s = cache.get(record);
  if (s === undefined) {
    s = fold(build());
    cache.set(record, s);
  }
  return s;
}
