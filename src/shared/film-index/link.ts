/**
 * Links a page to a film of the index. A link needs a title candidate of the page AND at least one person
 * of that film named on the page: a title alone never links (the index's "Parasite" is a 1982 film, "Dune"
 * has two). A page that names no person of the film can still be linked by its exact title and the year the
 * page gives with it ("O Brother, Where Art Thou? (2000)"), when that pair is one film of the index; such a
 * link only completes the film the page was already detected as, and is never evidence of a review (see
 * completeDetection). Pure.
 */
import type { LinkCandidates, TitleCandidate } from '../film/candidates';
import { sameName } from '../film/names';
import { fold } from '../film/text';
import { titleKey, type FilmIndex } from './film-index';
import type { IndexedFilm } from './format';

export interface LinkedPerson { name: string; role: 'director' | 'cast'; /** the page's own spelling, when it differs */ pageSpelling?: string }
export interface FilmLink {
  film: IndexedFilm;
  title: TitleCandidate;
  people: LinkedPerson[];
  yearOnPage: boolean;
  score: number;
}

/** The page's names, for exact (folded) and near-miss ("Johanssen") lookups. */
class PageNames {
  private exact = new Map<string, string>();
  private byFirst = new Map<string, string[]>();

  constructor(runs: string[]) {
    for (const run of runs) {
      const toks = run.split(/\s+/);
      for (let i = 0; i < toks.length; i++) {
        for (let n = 2; n <= 4 && i + n <= toks.length; n++) {
          const w = toks.slice(i, i + n).join(' ');
          const k = fold(w);
          if (this.exact.has(k)) continue;
          this.exact.set(k, w);
          const first = k.split(' ')[0];
          const list = this.byFirst.get(first);
          if (list) list.push(w);
          else this.byFirst.set(first, [w]);
        }
      }
    }
  }

  /** The page's spelling of `person`, or null when the page does not name them (full name needed). */
  find(person: string): string | null {
    const k = fold(person);
    if (!k.includes(' ')) return null;
    const hit = this.exact.get(k);
    if (hit) return hit;
    for (const w of this.byFirst.get(k.split(' ')[0]) ?? []) if (w.split(' ').length === person.split(' ').length && sameName(w, person)) return w;
    return null;
  }
}

function peopleOn(film: IndexedFilm, names: PageNames): LinkedPerson[] {
  const out: LinkedPerson[] = [];
  const add = (name: string, role: LinkedPerson['role']) => {
    if (out.some((p) => p.name === name)) return;
    const seen = names.find(name);
    if (!seen) return;
    out.push(fold(seen) === fold(name) ? { name, role } : { name, role, pageSpelling: seen });
  };
  for (const d of film.directors) add(d, 'director');
  for (const c of film.cast) add(c, 'cast');
  return out;
}

/** Every film the page can be linked to, best first. */
export function linkAll(c: LinkCandidates, index: FilmIndex, max = 5): FilmLink[] {
  const names = new PageNames(c.names);
  const seen = new Map<string, FilmLink>();
  for (const t of c.titles) {
    if (!fold(t.text)) continue;
    for (const film of index.byTitle(t.text)) {
      const id = `${film.title}|${film.year}`;
      const prev = seen.get(id);
      if (prev && prev.title.weight >= t.weight) continue;
      const people = prev?.people ?? peopleOn(film, names);
      const yearOnPage = c.years.includes(film.year);
      // Exact titles weigh more than a headline's leading words ("The Interview" of "The Interview Is …").
      const exact = titleKey(t.text) === titleKey(film.title) ? 1 : 0;
      if (!people.length && !(exact && yearOnPage && t.weight >= 3 && onlyFilm(index, film))) continue;
      const dirs = people.filter((p) => p.role === 'director').length;
      const cast = people.length - dirs;
      const score = t.weight + exact + 3 * Math.min(dirs, 2) + 2 * Math.min(cast, 4) + (yearOnPage ? 2 : 0);
      seen.set(id, { film, title: t, people, yearOnPage, score });
    }
  }
  // A link by its people always ranks above one by title and year alone.
  const byPeople = (l: FilmLink) => (l.people.length ? 1 : 0);
  return [...seen.values()].sort((a, b) => byPeople(b) - byPeople(a) || b.score - a.score || b.people.length - a.people.length).slice(0, max);
}

/** The index has no other film of this title and year (a remake the same year would make the pair ambiguous). */
function onlyFilm(index: FilmIndex, film: IndexedFilm): boolean {
  return index.byTitle(film.title).filter((f) => f.year === film.year).length === 1;
}

export function linkFilm(c: LinkCandidates, index: FilmIndex): FilmLink | null {
  return linkAll(c, index, 1)[0] ?? null;
}
