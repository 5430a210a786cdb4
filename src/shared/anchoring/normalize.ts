/**
 * Text normalisation used on both capture and match, so that a quote saved
 * today compares equal to the same words tomorrow whatever the page's
 * whitespace or typography.
 */

const WS = /\s+/g;

/** True for the characters collapsed by {@link normaliseWhitespace}. */
export function isSpace(code: number): boolean {
  // Same set as /\s/: ASCII whitespace, NBSP, Unicode spaces, line/para separators, BOM.
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Runs of whitespace become one ASCII space. Does not trim. */
export function normaliseWhitespace(s: string): string {
  return s.replace(WS, ' ');
}

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '.', '\u00ad': '-',
};
const FOLD_RE = /[\u2018\u2019\u201a\u201b\u2032`\u00b4\u201c-\u201f\u2033\u00ab\u00bb\u2010-\u2015\u2212\u2026\u00ad]/g;

/**
 * A same-length "search key" of normalised text: lower case, typographic
 * quotes and dashes folded to ASCII, so a theme that curls its quotes or a
 * heading that changes case does not lose a highlight. Offsets are preserved.
 */
export function fold(s: string): string {
  let lower = s.toLowerCase();
  if (lower.length !== s.length) {
    // A few characters (e.g. U+0130) lower-case to two; keep those as they are.
    let out = '';
    for (const ch of s) {
      const l = ch.toLowerCase();
      out += l.length === ch.length ? l : ch;
    }
    lower = out;
  }
  return lower.replace(FOLD_RE, (c) => FOLD[c] ?? c);
}
