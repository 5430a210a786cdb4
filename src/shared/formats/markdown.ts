/**
 * The library as Markdown to read or write from: one section per film with
 * the reader's rating, notes and passages. Everything that came from a page is
 * escaped so a Markdown renderer shows it as text (no links, no HTML); the
 * reader's own notes stay Markdown but lose raw HTML and non-web links.
 * Pure: no browser APIs.
 */
import { effectiveFilm, type HighlightRecord, type PageRecord } from '../records';
import { sortLibrary, type Library } from './library';

/**
 * Page text as inert Markdown text, on one line. Backslash-escapes every
 * character that can start markup (CommonMark §2.4), and the `:`/`@`/`www.`
 * that GFM's autolink extension turns into links.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]<>#!|~&:@]/g, (c) => `\\${c}`)
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A page text kept over several lines (a passage), each line escaped. */
function escapeLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map(escapeText);
}

/**
 * The reader's own Markdown, without what could run or navigate elsewhere:
 * `<` `>` escaped (no raw HTML or autolinks) and links to anything but
 * http(s), mailto or a fragment turned back into text.
 */
export function safeNote(note: string): string {
  return note
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[<>]/g, (c) => `\\${c}`)
    .replace(/\]\(\s*(?!https?:|mailto:|#)([^)\s]*:)/gi, '\\]\\($1')
    .replace(/^(\s{0,3})\[([^\]]*)\]:/gm, '$1\\[$2\\]:');
}

/** A link destination we write ourselves: only http(s), in angle brackets with the dangerous characters encoded. */
function linkTo(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null;
  return `<${url.replace(/[\s<>\\()]/g, (c) => encodeURIComponent(c))}>`;
}

/** Half stars as ★★★½. */
export function stars(rating: number | null): string {
  if (rating === null) return '';
  const whole = Math.floor(rating);
  return '★'.repeat(whole) + (rating - whole >= 0.5 ? '½' : '');
}

interface FilmGroup {
  key: string;
  heading: string;
  directors: string[];
  pages: PageRecord[];
}

function groupByFilm(pages: PageRecord[]): FilmGroup[] {
  const groups = new Map<string, FilmGroup>();
  for (const page of pages) {
    const film = effectiveFilm(page.detection, page.correction);
    const title = film.title?.trim() || '';
    const key = title ? `film:${title.toLowerCase()}:${film.year ?? ''}` : 'other';
    let group = groups.get(key);
    if (!group) {
      const heading = title ? `${escapeText(title)}${film.year ? ` (${film.year})` : ''}` : 'Other pages';
      group = { key, heading, directors: [], pages: [] };
      groups.set(key, group);
    }
    for (const d of film.directors ?? []) if (!group.directors.includes(d)) group.directors.push(d);
    group.pages.push(page);
  }
  return [...groups.values()].sort((a, b) =>
    a.key === 'other' ? 1 : b.key === 'other' ? -1 : a.heading.localeCompare(b.heading),
  );
}

function pageSection(page: PageRecord, highlights: HighlightRecord[]): string[] {
  const out: string[] = [];
  const label = escapeText(page.postTitle) || escapeText(page.site) || 'Untitled page';
  const href = linkTo(page.url) ?? linkTo(page.id);
  out.push(`### ${href ? `[${label}](${href})` : label}`, '');
  const e = page.entry;
  const facts = [
    e.rating !== null ? `Rating: ${stars(e.rating)} (${e.rating}/5)` : '',
    e.liked ? 'Liked ♥' : '',
    e.rewatch ? 'Rewatch' : '',
    e.watchedDate ? `Watched ${escapeText(e.watchedDate)}` : '',
  ].filter(Boolean);
  if (facts.length) out.push(facts.join(' · '), '');
  if (e.tags.length) out.push(`Tags: ${e.tags.map(escapeText).join(', ')}`, '');
  if (e.note.trim()) out.push(safeNote(e.note.trim()), '');
  for (const h of highlights) {
    for (const line of escapeLines(h.text)) out.push(line ? `> ${line}` : '>');
    out.push('');
    if (h.note.trim()) out.push(...safeNote(h.note.trim()).split('\n').map((l) => (l ? `  ${l}` : '')), '');
  }
  return out;
}

/** The whole library as one Markdown document, films in title order. */
export function toMarkdown(lib: Library): string {
  const { pages, highlights } = sortLibrary(lib);
  const byPage = new Map<string, HighlightRecord[]>();
  for (const h of highlights) {
    const list = byPage.get(h.pageId) ?? [];
    list.push(h);
    byPage.set(h.pageId, list);
  }
  const out: string[] = ['# Reel Notes', ''];
  for (const group of groupByFilm(pages)) {
    out.push(`## ${group.heading}`, '');
    if (group.directors.length) out.push(`Directed by ${group.directors.map(escapeText).join(', ')}`, '');
    for (const page of group.pages) out.push(...pageSection(page, byPage.get(page.id) ?? []));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
