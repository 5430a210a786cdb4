/**
 * The reader's own Markdown, made safe to open anywhere: only inline links to
 * http(s) or mailto stay links (images become links to the image, so nothing
 * is fetched when the file is opened); every other bracket is escaped, so no
 * reference-style link, image or other scheme can form, however it is
 * written (entities, escapes, angle brackets). Raw HTML and autolinks are
 * escaped. Everything else of the note stays Markdown.
 * Pure: no browser APIs.
 */

/** An inline link or image: text, destination (bare or in <>), optional title. */
const INLINE = /(!?)\[((?:[^[\]\\\n]|\\.)*)\]\(\s*(<[^<>\n]*>|[^\s()<>]*(?:\([^\s()<>]*\)[^\s()<>]*)*)((?:\s+(?:"[^"\n]*"|'[^'\n]*'))?)\s*\)/g;
const ALLOWED = /^(?:https?:\/\/|mailto:)/i;

/** The destination as a renderer would resolve it: entities and escapes decoded, brackets and blanks dropped. */
function resolved(dest: string): string {
  return dest
    .replace(/^<|>$/g, '')
    .replace(/&#x([0-9a-f]{1,6});?/gi, (_, h) => String.fromCodePoint(Math.min(parseInt(h, 16), 0x10ffff)))
    .replace(/&#(\d{1,7});?/g, (_, d) => String.fromCodePoint(Math.min(Number(d), 0x10ffff)))
    .replace(/&colon;?/gi, ':')
    .replace(/\\(.)/g, '$1')
    .replace(/[\u0000-\u0020\u007f]/g, '');
}

const escapeMarkup = (text: string) => text.replace(/\\([[\]<>])/g, '$1').replace(/[[\]<>]/g, (c) => `\\${c}`);

/** A destination we write: in angle brackets, with what could end it encoded. */
export function destination(url: string): string {
  return `<${url.replace(/[\s<>\\]/g, (c) => encodeURIComponent(c))}>`;
}

export function safeNote(note: string): string {
  const clean = note.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
  let out = '';
  let at = 0;
  for (const m of clean.matchAll(INLINE)) {
    out += escapeMarkup(clean.slice(at, m.index));
    at = m.index! + m[0].length;
    const url = resolved(m[3]);
    if (ALLOWED.test(url)) out += `[${escapeMarkup(m[2])}](${destination(url)}${m[4]})`;
    else out += escapeMarkup(m[0]);
  }
  return out + escapeMarkup(clean.slice(at));
}
