/**
 * Completes a page's detection with what the film index says (year, directors, the people's usual spellings,
 * the Wikipedia article) and the site's history, then rescores it with the same model. Pure: the page tools
 * run analyse() without the index, the background runs this with it; `npm run detect` runs both.
 */
import { linkAll, type FilmLink } from '../film-index/link';
import { sameName } from './names';
import { fold } from './text';
import { decide, type Features, type Weights } from './model';
import { titleKey, type FilmIndex } from '../film-index/film-index';
import type { LinkCandidates } from './candidates';
import type { CastMember, Detection } from './types';

/**
 * The page's detection linked to the index and completed (what the background and `npm run detect` do);
 * the links too, best first, for the films "This is a review of…" may offer. No index: the page alone.
 */
export function linkAndComplete(d: Detection, candidates: LinkCandidates | undefined, index: FilmIndex | null | undefined, site = 0): { detection: Detection; links: FilmLink[] } {
  if (!index) return { detection: completeDetection(d, [], site), links: [] };
  const links = candidates ? linkAll(candidates, index) : [];
  return { detection: completeDetection(d, links, site, undefined, (name) => index.usualSpelling(name)), links };
}

/**
 * `site`: how strongly the reader's corrections on this site say "review" (0 none, 1 a matching shape).
 * `spell`: the index's usual spelling of a person (FilmIndex.usualSpelling), for the linked film's cast the
 * index does not list with it (the index's *Her* lists no Scarlett Johansson: a voice role).
 */
export function completeDetection(d: Detection, links: FilmLink[], site = 0, weights?: Weights, spell?: (name: string) => string | null): Detection {
  const features: Features = { ...(d.features ?? {}) };
  // A link by title and year alone completes only the film the page was detected as, and counts for nothing.
  const top = links[0] ?? null;
  const link = top && (top.people.length || sameFilm(d, top)) ? top : null;
  const peopleLinks = links.filter((l) => l.people.length).length;
  // Lists and essays name many films with their people; a review names one (a comparison or two at most).
  if (peopleLinks > 1) features['many films'] = Math.min(peopleLinks - 1, 4);
  if (link?.people.length) {
    features.link = Math.min(link.people.length, 3);
    features['link director'] = link.people.some((p) => p.role === 'director') ? 1 : 0;
    features['link year'] = link.yearOnPage ? 1 : 0;
  }
  if (site) features.site = site;
  const { isReview, confidence } = decide(features, weights);
  const out: Detection = { ...d, isReview, confidence, features: features as Record<string, number> };
  if (!link) return out;
  const f = link.film;
  // The linked film's person of that name: one the page names, or one of the index's cast.
  const actor = (name: string): { name: string; pageSpelling?: string } | null => {
    const named = link.people.find((p) => sameName(p.name, name));
    if (named) return named;
    const listed = f.cast.find((n) => sameName(n, name));
    return listed ? { name: listed } : null;
  };
  const cast: CastMember[] = d.film.cast.map((c) => {
    const known = actor(c.name);
    // "Jaeden Lieberher (Bill Denbrough)": two full names, read the wrong way round; the index knows the actor.
    const swapped = !known && c.character ? actor(c.character) : null;
    if (swapped) return { name: swapped.name, character: c.name, ...(c.voice ? { voice: true } : {}) };
    if (!known) {
      const usual = spell?.(c.name);
      return usual ? { ...c, name: usual, pageSpelling: c.pageSpelling ?? c.name } : c;
    }
    if (fold(known.name) === fold(c.name)) return c;
    if (!c.name.includes(' ')) return { ...c, name: known.name };
    return { ...c, name: known.name, pageSpelling: c.pageSpelling ?? c.name };
  });
  for (const p of link.people) {
    if (p.role !== 'cast' || cast.some((c) => sameName(c.name, p.name))) continue;
    cast.push(p.pageSpelling ? { name: p.name, pageSpelling: p.pageSpelling } : { name: p.name });
  }
  // The index's directors in their usual spelling, plus any co-director the page names that the summary did not.
  const directors = [...f.directors, ...d.film.directors.filter((x) => !f.directors.some((y) => sameName(x, y)))];
  out.film = {
    title: f.title,
    year: f.year,
    directors,
    cast: cast.filter((c) => !directors.some((x) => sameName(x, c.name)) || f.cast.some((n) => sameName(n, c.name))),
    wikipedia: f.wikipedia,
  };
  const named = link.people.map((p) => p.pageSpelling ?? p.name).slice(0, 3).join(', ');
  out.signals = [`film index: ${f.title} (${f.year}), ${named ? `names ${named}` : 'by its title and year'}`, ...d.signals].slice(0, 16);
  return out;
}

/** The linked film is the one the page's own evidence names (same title; same year when the page has one). */
function sameFilm(d: Detection, link: FilmLink): boolean {
  const { title, year } = d.film;
  return !!title && titleKey(title) === titleKey(link.film.title) && (year == null || year === link.film.year);
}
