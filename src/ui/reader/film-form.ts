/** Pure helpers of the film correction form: the cast's text format and what a correction keeps. */
import type { CastMember, Film } from '../../shared/film/types';
import type { FilmCorrection } from '../../shared/records';

/** "Name as Character (voice)": one line of the form's cast, the inverse of {@link parseCast}. */
function castRole(c: CastMember): string {
  return `${c.name}${c.character ? ` as ${c.character}${c.voice ? ' (voice)' : ''}` : ''}`;
}

/** A cast line as the reader reads it: with the page's own spelling where it differs. */
export function castLine(c: CastMember): string {
  const spelled = c.pageSpelling && c.pageSpelling !== c.name ? ` [“${c.pageSpelling}” on the page]` : '';
  return `${castRole(c)}${spelled}`;
}

/** "Name as Character (voice)" per line, the format the edit form uses. */
export function parseCast(text: string): CastMember[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const m = /^(.+?)\s+as\s+(.+?)(\s*\(voice\))?$/i.exec(line);
      if (!m) return { name: line };
      return { name: m[1].trim(), character: m[2].trim(), ...(m[3] ? { voice: true } : {}) };
    });
}

/** The cast as the form's textarea shows it. */
export const castText = (cast: CastMember[]) => cast.map(castRole).join('\n');

/**
 * Only the fields the reader changed from what was detected: the rest keeps
 * following the extraction (which may improve on a later visit).
 */
export function changedFields(detected: Film, edited: Film): Partial<Film> {
  const out: Partial<Film> = {};
  if (edited.title !== detected.title) out.title = edited.title;
  if (edited.year !== detected.year) out.year = edited.year;
  if (edited.directors.join('\n') !== detected.directors.join('\n')) out.directors = edited.directors;
  if (castText(edited.cast) !== castText(detected.cast)) out.cast = edited.cast;
  if ((edited.wikipedia ?? '') !== (detected.wikipedia ?? '')) out.wikipedia = edited.wikipedia ?? '';
  return out;
}

export interface Suggestion { title: string; year: number | null; directors: string[]; wikipedia?: string }

/** The films "This is a review of…" offers: the best guess first, then the index's other matches, each once. */
export function suggestions(detected: Film, alternatives: Suggestion[] = []): Suggestion[] {
  const out: Suggestion[] = [];
  const add = (s: Suggestion) => {
    if (!s.title || out.some((o) => o.title === s.title && o.year === s.year)) return;
    out.push(s);
  };
  if (detected.title) add({ title: detected.title, year: detected.year, directors: detected.directors, wikipedia: detected.wikipedia });
  alternatives.forEach(add);
  return out.slice(0, 5);
}

export const suggestionLabel = (s: Suggestion) =>
  `${s.title}${s.year ? ` (${s.year})` : ''}${s.directors.length ? `, ${s.directors.join(' & ')}` : ''}`;

export const wikipediaHref = (article: string) => `https://en.wikipedia.org/wiki/${encodeURIComponent(article)}`;

/** The correction form's fields as typed. */
export interface FilmFormFields {
  title: string;
  year: string;
  directors: string;
  cast: string;
  wikipedia?: string;
  isReview: boolean;
}

export const formFields = (film: Film, isReview: boolean): FilmFormFields => ({
  title: film.title ?? '',
  year: film.year ? String(film.year) : '',
  directors: film.directors.join(', '),
  cast: castText(film.cast),
  wikipedia: film.wikipedia,
  isReview,
});

/**
 * The correction the form says (only the fields that differ from what was
 * detected), or why it cannot be saved yet: the form autosaves what it can
 * as the reader types, and says why on "Save film".
 */
export function correctionFromForm(detected: Film, f: FilmFormFields): { correction: FilmCorrection } | { error: string } {
  const y = f.year.trim() ? Number(f.year) : null;
  if (y !== null && (!Number.isInteger(y) || y < 1870 || y > 2200)) return { error: 'Year must be a year such as 2013.' };
  const edited: Film = {
    title: f.title.trim() || null,
    year: y,
    directors: f.directors.split(',').map((d) => d.trim()).filter(Boolean),
    cast: parseCast(f.cast),
    wikipedia: f.wikipedia,
  };
  const film = changedFields(detected, edited);
  return { correction: Object.keys(film).length ? { isReview: f.isReview, film } : { isReview: f.isReview } };
}
