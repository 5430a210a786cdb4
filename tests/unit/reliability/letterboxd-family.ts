/** Damaged Letterboxd CSV files and ZIP contents, read and planned against stored films. */
import { toLetterboxdCsv } from '../../../src/shared/formats/letterboxd';
import { readLetterboxdFile, readLetterboxdFiles } from '../../../src/shared/formats/letterboxd-read';
import { planFilms } from '../../../src/shared/formats/film-merge';
import type { FilmRecord } from '../../../src/shared/records/films';
import { damageText } from './mutate';
import { type Rng } from './random';
import { genLibrary } from './library-gen';
import { isClear, type Family } from './family';
import { describeThrown } from './judge-import';


export const LB_HEADERS = [
  ['Date', 'Name', 'Year', 'Letterboxd URI', 'Rating'],
  ['Date', 'Name', 'Year', 'Letterboxd URI', 'Rating', 'Rewatch', 'Tags', 'Watched Date'],
  ['Date', 'Name', 'Year', 'Letterboxd URI', 'Rating', 'Rewatch', 'Review', 'Tags', 'Watched Date'],
];

export function letterboxdText(r: Rng): string {
  if (r.chance(0.15)) return toLetterboxdCsv(genLibrary(r, r.int(1, 6), 0));
  const header = [...r.pick(LB_HEADERS)];
  if (r.chance(0.2)) header.reverse();
  const rows = [header];
  for (let k = r.int(0, 12); k > 0; k--) {
    rows.push(header.map((h) => {
      switch (h) {
        case 'Name': return r.pick(['Her', 'Amélie', 'Heat', 'Crouching Tiger, Hidden Dragon', 'He said "no"', r.string(r.int(1, 30))]);
        // Often a stored film's year, so that imports meet stored ratings.
        case 'Year': return r.chance(0.6) ? r.pick(['2013', '2001', '1995']) : String(r.int(1900, 2025));
        case 'Rating': return r.chance(0.2) ? '' : String(r.int(1, 10) / 2);
        case 'Rewatch': return r.pick(['', 'Yes']);
        case 'Tags': return r.pick(['', 'a, b', 'horror']);
        case 'Review': return r.string(r.int(0, 200));
        case 'Watched Date':
        case 'Date': return `20${r.int(10, 24)}-0${r.int(1, 9)}-1${r.int(0, 9)}`;
        default: return `https://boxd.it/${r.int(1, 1e6).toString(36)}`;
      }
    }));
  }
  const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return rows.map((row) => row.map(quote).join(',')).join(r.pick(['\n', '\r\n']));
}

export function damageCsv(r: Rng, text: string): { value: string; how: string } {
  const lines = text.split(/\r?\n/);
  switch (r.int(0, 7)) {
    case 0: return { value: lines.slice(1).join('\n'), how: 'header removed' };
    case 1: return { value: `\uFEFF${text}`, how: 'BOM' };
    case 2: {
      const i = r.int(0, lines.length - 1);
      lines[i] = `${lines[i]},extra,"fields`;
      return { value: lines.join('\n'), how: `unbalanced quote on line ${i + 1}` };
    }
    case 3: {
      const i = r.int(1, Math.max(1, lines.length - 1));
      lines[i] = (lines[i] ?? '').split(',').slice(0, r.int(0, 3)).join(',');
      return { value: lines.join('\n'), how: `short row ${i + 1}` };
    }
    case 4: return { value: text.replace(/,\d(\.5)?(,|$)/m, `,${r.pick(['4.3', '11', '-1', 'NaN', '1e3', 'five', '0'])}$2`), how: 'bad rating' };
    case 5: return { value: `${text}\n${'x'.repeat(r.pick([10_000, 1_000_000]))}`, how: 'huge field' };
    case 6: return { value: text.replace(/\d{4}-\d\d-\d\d/, r.pick(['2024-02-30', '14/02/2024', '2024-1-1', ''])), how: 'bad date' };
    default: return damageText(r, text);
  }
}

/** Films stored before each case (in memory: the family tests the pure reader and planner). */
export function storedFilms(): FilmRecord[] {
  const diary = 'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\nx,Her,2013,https://boxd.it/e1,4.5,,"romance, sci-fi",2024-02-14\n'.replace('x,', '2024-02-15,');
  const ratings = 'Date,Name,Year,Letterboxd URI,Rating\n2024-01-01,Amélie,2001,https://boxd.it/1X8i,4\n2024-01-01,Heat,1995,https://boxd.it/h1,5\n';
  return planFilms([], readLetterboxdFiles([{ path: 'ratings.csv', text: ratings }, { path: 'diary.csv', text: diary }]).items, 1).add;
}

/** A stored film is lost if it is gone, or lost a watch, a tag, a review or its rating. */
export function filmsLost(before: FilmRecord[], after: Map<string, FilmRecord>): number {
  let lost = 0;
  for (const f of before) {
    const a = after.get(f.id);
    const kept = (e: FilmRecord['diary'][number]) => a?.diary.some((x) => x.id === e.id && e.tags.every((t) => x.tags.includes(t)) && x.review.includes(e.review) && (e.rating === null || x.rating !== null));
    if (!a || !f.diary.every(kept) || (f.rating !== null && a.rating === null)) lost++;
  }
  return lost;
}

export const LB_PATHS = ['ratings.csv', 'diary.csv', 'reviews.csv', 'watched.csv', 'watchlist.csv', 'likes/films.csv', 'export.csv', 'deleted/diary.csv'];

export const letterboxdFamily: Family = {
  name: 'letterboxd-import',
  setup: async () => null,
  make(r) {
    let text = letterboxdText(r);
    const hows: string[] = [];
    for (let k = r.chance(0.15) ? 0 : r.int(1, 2); k > 0; k--) {
      const d = damageCsv(r, text);
      text = d.value;
      hows.push(d.how);
    }
    const path = r.pick(LB_PATHS);
    return { input: { path, text }, how: `${path}: ${hows.join('; ') || 'valid'}` };
  },
  /**
   * "lost" counts stored films (in memory) that an accepted import dropped or
   * emptied, and titled rows of an accepted file whose film is not in the result.
   */
  async run(input) {
    const { path, text } = input as { path: string; text: string };
    let films: FilmRecord[];
    let lost = 0;
    let skippedWhole = false;
    try {
      const read = readLetterboxdFile(path, text);
      skippedWhole = read.skipped.length > 0;
      const before = storedFilms();
      const plan = planFilms(before, read.items, 2);
      const after = new Map(before.map((f) => [f.id, f]));
      for (const f of [...plan.add, ...plan.replace]) after.set(f.id, f);
      lost += filmsLost(before, after);
      films = [...after.values()];
    } catch (e) {
      if (!isClear(e)) return { kind: 'refused', problem: `unclear error: ${describeThrown(e)}` };
      return { kind: 'refused', reason: e.message };
    }
    if (new Set(films.map((f) => f.id)).size !== films.length) return { kind: 'accepted', problem: 'duplicate ids in the result' };
    if (skippedWhole) return { kind: 'accepted', lost };
    const { data } = (await import('papaparse')).default.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', delimiter: ',' });
    for (const row of data) {
      // Header names compared as the importer does: case, spaces and punctuation ignored.
      const plain = (k: string) => k.toLowerCase().replace(/[^a-z0-9]/g, '');
      const key = Object.keys(row).find((k) => ['name', 'title'].includes(plain(k)));
      const title = key ? (row[key] ?? '').trim() : '';
      const yearKey = Object.keys(row).find((k) => plain(k) === 'year');
      const year = yearKey && row[yearKey]?.trim() ? Number(row[yearKey].trim()) : null;
      if (title && !films.some((f) => f.year === year && (f.title === title || f.title === title.replace(/^'(?=[=+\-@\t\r])/, '')))) lost++;
    }
    return { kind: 'accepted', lost };
  },
};

