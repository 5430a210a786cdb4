/**
 * A word on why a record matched a search: "cast: Scarlett Johanssen",
 * "in the note", "in 2 passages". Only computed for what is on screen.
 * Pure: no browser APIs.
 */
import type { FilmSummary as FilmRatingRecord } from '../../shared/records/films';
import { plural } from './format';
import type { HighlightRow, PageRow } from './library-model';
import { mentions, type Needle } from './needles';
import type { PersonGroup } from './grouping';

export function pageReasons(row: PageRow, needles: readonly Needle[], foundHighlights?: (h: HighlightRow) => boolean): string[] {
  const { film, page } = row;
  const out: string[] = [];
  const has = (t: string | null | undefined) => mentions(t, needles);
  if (has(film.title)) out.push('in the title');
  if (film.year && has(String(film.year))) out.push(`year: ${film.year}`);
  for (const d of film.directors) if (has(d)) out.push(`director: ${d}`);
  for (const c of film.cast) {
    if (has(c.name)) out.push(`cast: ${c.name}`);
    if (c.character && has(c.character)) out.push(`character: ${c.character} (${c.name})`);
  }
  if (has(page.postTitle)) out.push('in the post title');
  if (has(page.site)) out.push(`site: ${page.site}`);
  for (const t of page.entry.tags) if (has(t)) out.push(`tag: ${t}`);
  if (has(page.entry.note)) out.push('in the note');
  if (foundHighlights) {
    const n = row.highlights.filter(foundHighlights).length;
    if (n) out.push(`in ${n === 1 ? 'a passage' : plural(n, 'passage')}`);
  }
  return out;
}

export function highlightReasons(h: HighlightRow, needles: readonly Needle[]): string[] {
  const out: string[] = [];
  if (mentions(h.highlight.text, needles)) out.push('in the passage');
  if (mentions(h.highlight.note, needles)) out.push('in its note');
  return out;
}

export function ratingReasons(r: FilmRatingRecord, needles: readonly Needle[]): string[] {
  const out: string[] = [];
  if (mentions(r.title, needles)) out.push('in the title');
  for (const d of r.directors) if (mentions(d, needles)) out.push(`director: ${d}`);
  for (const t of r.tags) if (mentions(t, needles)) out.push(`tag: ${t}`);
  if (mentions(r.review, needles)) out.push('in the Letterboxd review');
  return out;
}

/** Whether a person is what the search is about: their name, or a character they play, has a term. */
export function personMatches(p: PersonGroup, needles: readonly Needle[]): boolean {
  return mentions(p.name, needles) || p.films.some((f) => f.characters.some((c) => mentions(c, needles)));
}

export function personReasons(p: PersonGroup, needles: readonly Needle[]): string[] {
  const out: string[] = [];
  if (mentions(p.name, needles)) out.push(`name: ${p.name}`);
  for (const f of p.films) for (const c of f.characters) if (mentions(c, needles)) out.push(`plays ${c} in ${f.title}`);
  return out;
}
