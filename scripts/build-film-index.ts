/**
 * npx tsx scripts/build-film-index.ts [FILMS_DIR]
 * Builds the offline film index (public/film-index/films.bin.gz, format in src/shared/film-index/format.ts) from ../shared/films/movies-*.json.gz
 * (prust/wikipedia-movie-data, facts from English Wikipedia). Only facts are kept: title, year, directors
 * (parsed from the article summary's "directed by …"), the first MAX_CAST cast members, the article name.
 * The summary sentences themselves are never written.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeIndex, toColumns, type IndexFile } from '../src/shared/film-index/format';
import { titleKey } from '../src/shared/film-index/film-index';

interface Raw { title?: unknown; year?: unknown; cast?: unknown; href?: unknown; extract?: unknown }

const MAX_CAST = 8;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(repoRoot, 'public/film-index');

const TOK = "(?:\\p{Lu}\\.(?: ?\\p{Lu}\\.)*|\\p{Lu}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)?)";
const PART = "(?:de|del|della|da|van|von|der|den|di|du|le|la|bin|al|dos|das|St\\.)";
const NAME = `${TOK}(?: (?:${PART} )*${TOK}){0,4}(?:,? Jr\\.|,? Sr\\.| II| III)?`;
// "directed by X", "written, directed, and co-produced by X", "produced and directed by X and Y".
const DIRECTED = new RegExp(
  `\\b(?:co-)?directed(?:,? (?:and )?(?:co-)?(?:written|produced|edited|scored|photographed|shot|co-written|co-produced|animated|narrated|choreographed|financed|distributed|created|starring))*(?: (?:and|&) (?:co-)?\\p{Ll}+)? by (?:the )?(${NAME}(?:(?:, | and |, and | & )(?!the )${NAME}){0,3})`,
  'u',
);
const SPLIT = /, and |, | and | & /;

/** Directors named by the summary's first "directed by …"; [] when it names none. */
export function directorsFrom(extract: string): string[] {
  const m = DIRECTED.exec(extract);
  if (!m) return [];
  const parts = m[1].split(SPLIT).map((n) => n.trim().replace(/,$/, ''));
  // "Joel and Ethan Coen": a lone first name takes the surname of the name after it.
  const named = parts.map((n, i) => {
    const next = parts[i + 1];
    return !n.includes(' ') && next?.includes(' ') && /^\p{Lu}\p{Ll}+$/u.test(n) ? `${n} ${next.split(' ').slice(1).join(' ')}` : n;
  });
  return named.filter((n) => n.includes(' ') && !/^(?:The|A|An|His|Her|Their)\b/.test(n)).slice(0, 4);
}

/**
 * The film's year: the list's (the year of its American release), unless the article's own first words say
 * the year before or after ("Kingsman: The Secret Service is a 2014 … film", listed under 2015). Reviews and
 * Letterboxd give that year; further apart, the summary is about something else (a novel, a remake).
 */
export function filmYear(listYear: number, extract: unknown): number {
  const said = typeof extract === 'string' ? /^[^.]*?\b(?:is|was) an? (\d{4})\b/.exec(extract) : null;
  const year = said ? Number(said[1]) : listYear;
  return Math.abs(year - listYear) === 1 ? year : listYear;
}

/** "101_Dalmatians_II:_Patch%27s_London_Adventure" → "101_Dalmatians_II:_Patch's_London_Adventure". */
export function articleName(href: string): string {
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}

export function buildIndex(filmsDir: string): IndexFile {
  const people: string[] = [];
  const personId = new Map<string, number>();
  const id = (name: string) => {
    let i = personId.get(name);
    if (i === undefined) {
      i = people.length;
      people.push(name);
      personId.set(name, i);
    }
    return i;
  };
  const films: IndexFile['films'] = [];
  const files = readdirSync(filmsDir).filter((f) => /^movies-\d{4}s\.json\.gz$/.test(f)).sort();
  if (!files.length) throw new Error(`no movies-DECADE.json.gz files in ${filmsDir}`);
  for (const f of files) {
    const list = JSON.parse(gunzipSync(readFileSync(join(filmsDir, f))).toString('utf8')) as Raw[];
    for (const r of list) {
      if (typeof r.title !== 'string' || typeof r.year !== 'number') continue;
      const title = r.title.replace(/\s+/g, ' ').trim(); // one line per title in the file
      const cast = (Array.isArray(r.cast) ? r.cast : [])
        .filter((c): c is string => typeof c === 'string' && c.trim().length > 1)
        .map((c) => c.replace(/\s+/g, ' ').trim())
        .slice(0, MAX_CAST);
      const directors = typeof r.extract === 'string' ? directorsFrom(r.extract) : [];
      if (!cast.length && !directors.length) continue; // nothing to link a page to
      // The source's hrefs are URL-encoded ("Patch%27s"); the index keeps the article's name, encoded once where a link is made.
      const href = typeof r.href === 'string' ? articleName(r.href.trim()) : '';
      const row: IndexFile['films'][number] = [title, filmYear(r.year, r.extract), directors.map(id), cast.map(id)];
      if (href && href !== title.replace(/ /g, '_')) row.push(href);
      films.push(row);
    }
  }
  return {
    attribution:
      'Film facts from English Wikipedia (CC BY-SA 4.0) via prust/wikipedia-movie-data (MIT), commit 91ae721.',
    people,
    films,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? join(repoRoot, '../shared/films'));
  const index = buildIndex(dir);
  mkdirSync(OUT_DIR, { recursive: true });
  const gz = gzipSync(encodeIndex(toColumns(index, titleKey)), { level: 9 });
  writeFileSync(join(OUT_DIR, 'films.bin.gz'), gz);
  const withDirectors = index.films.filter((f) => f[2].length).length;
  console.log(`film index: ${index.films.length} films (${withDirectors} with directors), ${index.people.length} people, ${gz.length} bytes gzipped`);
}
