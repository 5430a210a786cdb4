/**
 * The round-trip family (issue 16): random libraries through every format
 * that can be read back, and back again. For each case: import a file into an
 * empty library, export it (E1), import E1 into a fresh library, export again
 * (E2). `lost` counts every value that changed: each line of E1 not in E2 (and
 * the other way round), and each record of the source the first import lost.
 */
import 'fake-indexeddb/auto';
import { openFreshDb } from '../../support/fake-db';
import { exportLibrary, importBackup, importLibrary } from '../../../src/shared/db/import';
import { makeBackup } from '../../../src/shared/formats/backup';
import { toLetterboxdCsv } from '../../../src/shared/formats/letterboxd';
import { readLetterboxdFiles } from '../../../src/shared/formats/letterboxd-read';
import { planFilms } from '../../../src/shared/formats/film-merge';
import { toAnnotationCollection } from '../../../src/shared/formats/web-annotation';
import { fromAnnotationCollection } from '../../../src/shared/formats/web-annotation-read';
import { fromHypothesisExport } from '../../../src/shared/formats/hypothesis';
import type { Library } from '../../../src/shared/formats/library';
import type { FilmRecord } from '../../../src/shared/records/films';
import { genLetterboxdExport } from '../../support/letterboxd-export-gen';
import { genLibrary } from './library-gen';
import type { Rng } from './random';
import { isClear, type Family, type Outcome } from './family';
import { describeThrown } from './judge-import';

type Format = 'letterboxd' | 'backup' | 'web-annotation' | 'hypothesis';
const FORMATS: Format[] = ['letterboxd', 'backup', 'web-annotation', 'hypothesis'];
interface Case {
  format: Format;
  seed: number;
  size: number;
}

/** Lines of one text missing from the other, both ways. */
export function changedLines(a: string, b: string): number {
  const count = (text: string) => text.split('\n').reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
  const [ma, mb] = [count(a), count(b)];
  let n = 0;
  for (const [l, k] of ma) n += Math.max(0, k - (mb.get(l) ?? 0));
  for (const [l, k] of mb) n += Math.max(0, k - (ma.get(l) ?? 0));
  return n;
}

const filmsOf = (text: string) => planFilms([], readLetterboxdFiles([{ path: 'reel-notes-letterboxd.csv', text }]).items, 1).add;
const lbCsv = (films: FilmRecord[]) => toLetterboxdCsv({ pages: [], highlights: [], films });

function letterboxd(c: Case): number {
  const { files, films: truth } = genLetterboxdExport(c.seed, c.size);
  const first = planFilms([], readLetterboxdFiles(files).items, 1).add;
  let lost = 0;
  // Every film of the export, with its rating, watches and lists.
  for (const t of truth) {
    const f = first.find((x) => x.ids.letterboxd === t.uri);
    const watches = first.filter((x) => x.title === t.title && x.year === t.year).reduce((n, x) => n + x.diary.length, 0);
    if (!f || f.rating !== t.rating || (f.watchlist !== null) !== t.watchlist || (f.liked !== null) !== t.liked) lost++;
    if (watches < truth.filter((x) => x.title === t.title && x.year === t.year).reduce((n, x) => n + x.watches.length, 0)) lost++;
  }
  const e1 = lbCsv(first);
  const e2 = lbCsv(filmsOf(e1));
  return lost + changedLines(e1, e2);
}

async function backup(c: Case, r: Rng): Promise<number> {
  const lib = genLibrary(r, c.size, 3);
  const films = planFilms([], readLetterboxdFiles(genLetterboxdExport(c.seed, c.size).files).items, 1).add;
  const a = await openFreshDb(`rt-a-${c.seed}`);
  const b = await openFreshDb(`rt-b-${c.seed}`);
  try {
    await importLibrary(a, { ...lib, films });
    const source = JSON.stringify(makeBackup({ ...lib, films }, 'T'), null, 2);
    const e1 = JSON.stringify(makeBackup(await exportLibrary(a), 'T'), null, 2);
    await importBackup(b, e1);
    const e2 = JSON.stringify(makeBackup(await exportLibrary(b), 'T'), null, 2);
    return changedLines(source, e1) + changedLines(e1, e2);
  } finally {
    a.close();
    b.close();
  }
}

/** Highlights of the source not in the library read back with their quote, every selector, note and tags. */
function passagesLost(source: Library, back: Library): number {
  let lost = 0;
  for (const h of source.highlights) {
    const page = source.pages.find((p) => p.id === h.pageId)!;
    const twin = back.highlights.find((x) => x.text === h.text && JSON.stringify(x.selectors) === JSON.stringify(h.selectors) && x.note === h.note.trim() && JSON.stringify(x.tags ?? []) === JSON.stringify(h.tags ?? []));
    // The page is the same when the URL written is its id or one of its aliases (tracking parameters are dropped from ids).
    const backPage = twin && back.pages.find((p) => p.id === twin.pageId);
    if (!backPage || (backPage.url !== page.url && !backPage.aliases.includes(page.url))) lost++;
  }
  // Page notes and tags come back as the page's.
  for (const p of source.pages) {
    if (!p.entry.note.trim() && !p.entry.tags.length) continue;
    const backPage = back.pages.find((x) => x.url === p.url || x.aliases.includes(p.url));
    if (!backPage || backPage.entry.note !== p.entry.note.trim() || !p.entry.tags.every((t) => backPage.entry.tags.includes(t.trim()))) lost++;
  }
  return lost;
}

function webAnnotation(c: Case, r: Rng): number {
  const source = withTags(genLibrary(r, c.size, 3), r);
  const first = fromAnnotationCollection(JSON.parse(JSON.stringify(toAnnotationCollection(source))), 1);
  const e1 = JSON.stringify(toAnnotationCollection(first), null, 2);
  const e2 = JSON.stringify(toAnnotationCollection(fromAnnotationCollection(JSON.parse(e1), 1)), null, 2);
  return passagesLost(source, first) + changedLines(e1, e2);
}

/** Hypothesis API search results made from a library: passages with tags and a RangeSelector, a reply now and then. */
function hypothesis(c: Case, r: Rng): number {
  const source = withTags(genLibrary(r, c.size, 3), r);
  const rows = source.highlights.map((h) => ({
    id: h.id.replace(/[^A-Za-z0-9_-]/g, '_'),
    created: new Date(h.createdAt).toISOString(),
    updated: new Date(h.updatedAt).toISOString(),
    uri: source.pages.find((p) => p.id === h.pageId)!.url,
    text: h.note,
    tags: h.tags ?? [],
    target: [{ source: h.pageId, selector: [...h.selectors, { type: 'RangeSelector', startContainer: '/main[1]/p[2]', startOffset: 0, endContainer: '/main[1]/p[2]', endOffset: 5 }] }],
    document: { title: ['A review'] },
  }));
  const replies = rows.filter(() => r.chance(0.2)).map((x, k) => ({ ...x, id: `reply-${k}`, references: [x.id], target: [{ source: x.uri }] }));
  const first = fromHypothesisExport({ total: rows.length + replies.length, rows: [...rows, ...replies] }, 1);
  let lost = Math.abs(first.skipped.length - replies.length);
  for (const h of first.highlights) if (!h.selectors.some((s) => s.type === 'RangeSelector')) lost++;
  const e1 = JSON.stringify(toAnnotationCollection(first), null, 2);
  const e2 = JSON.stringify(toAnnotationCollection(fromAnnotationCollection(JSON.parse(e1), 1)), null, 2);
  return lost + Math.abs(first.highlights.length - rows.length) + changedLines(e1, e2);
}

/** Passage tags (what other annotation tools carry), trimmed notes as annotation tools keep them. */
function withTags(lib: Library, r: Rng): Library {
  return { ...lib, highlights: lib.highlights.map((h) => (r.chance(0.5) ? { ...h, tags: [...new Set([r.pick(['a', 'b c', 'ñ']), r.pick(['x', 'tag'])])] } : h)) };
}

export const roundTripFamily: Family = {
  name: 'round-trip',
  setup: async () => null,
  make(r: Rng, i: number) {
    const c: Case = { format: FORMATS[i % FORMATS.length], seed: r.int(1, 1e9), size: r.int(1, 10) };
    return { input: c, how: `${c.format} seed ${c.seed} size ${c.size}` };
  },
  async run(input): Promise<Outcome> {
    const c = input as Case;
    const { rng } = await import('./random');
    const r = rng(c.seed);
    try {
      const lost = c.format === 'letterboxd' ? letterboxd(c) : c.format === 'backup' ? await backup(c, r) : c.format === 'web-annotation' ? webAnnotation(c, r) : hypothesis(c, r);
      return { kind: 'accepted', lost };
    } catch (e) {
      // A library's own export refused on the way back is a loss too.
      return { kind: 'refused', reason: isClear(e) ? e.message : undefined, problem: isClear(e) ? `its own export was refused: ${e.message}` : `unclear error: ${describeThrown(e)}` };
    }
  },
};
