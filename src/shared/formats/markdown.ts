/**
 * The library as Markdown to read or write from: one section per film with
 * the reader's rating, notes and passages. Everything that came from a page is
 * escaped so a Markdown renderer shows it as text (no links, no HTML); the
 * reader's own notes stay Markdown but lose raw HTML and non-web links.
 * Pure: no browser APIs.
 */
import { effectiveFilm, type HighlightRecord, type PageRecord } from '../records';
import { sortLibrary, type Library } from './library';
import { destination, safeNote } from './markdown-links';
import type { FilmRecord } from '../records/films';

export { safeNote };

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

/** A link destination we write ourselves: only http(s), in angle brackets with the dangerous characters encoded. */
function linkTo(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null;
  return destination(url);
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

/** A film logged on Letterboxd: its identifiers, rating, lists and every watch with its review. */
function loggedFilm(f: FilmRecord): string[] {
  const out = [`### ${escapeText(f.title)}${f.year ? ` (${f.year})` : ''}`, ''];
  if (f.directors.length) out.push(`Directed by ${f.directors.map(escapeText).join(', ')}`, '');
  const ids = [f.ids.letterboxd ? `Letterboxd ${linkTo(f.ids.letterboxd) ?? escapeText(f.ids.letterboxd)}` : '', f.ids.imdb ? `IMDb ${f.ids.imdb}` : '', f.ids.tmdb ? `TMDb ${f.ids.tmdb}` : '', f.ids.wikipedia ? `Wikipedia: ${escapeText(f.ids.wikipedia)}` : ''].filter(Boolean);
  if (ids.length) out.push(ids.join(' · '), '');
  const facts = [
    f.rating !== null ? `Rating: ${stars(f.rating)} (${f.rating}/5)${f.ratedDate ? `, ${f.ratedDate}` : ''}` : '',
    f.watched ? `Watched${f.watched.date ? ` (marked ${f.watched.date})` : ''}` : '',
    f.liked ? `Liked ♥${f.liked.date ? ` (${f.liked.date})` : ''}` : '',
    f.watchlist ? `On the watchlist${f.watchlist.date ? ` since ${f.watchlist.date}` : ''}` : '',
  ].filter(Boolean);
  if (facts.length) out.push(facts.join(' · '), '');
  for (const e of f.diary) {
    const head = [e.watchedDate ? `Watched ${e.watchedDate}` : 'Undated watch', e.rating !== null ? `${stars(e.rating)} (${e.rating}/5)` : '', e.rewatch ? 'rewatch' : '', e.tags.length ? `tags: ${e.tags.map(escapeText).join(', ')}` : ''].filter(Boolean);
    out.push(`- ${head.join(' · ')}`);
    if (e.review.trim()) out.push('', ...safeNote(e.review.trim()).split('\n').map((l) => (l ? `  ${l}` : '')));
    out.push('');
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
  const films = [...(lib.films ?? [])].sort((a, b) => a.title.localeCompare(b.title) || (a.year ?? 0) - (b.year ?? 0) || (a.id < b.id ? -1 : 1));
  if (films.length) {
    out.push('## Logged on Letterboxd', '');
    for (const f of films) out.push(...loggedFilm(f));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
