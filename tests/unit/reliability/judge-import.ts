/** An import run against a seeded database and judged: refused means unchanged, accepted means nothing stored before is lost. */
import 'fake-indexeddb/auto';
import { openFreshDb } from '../../support/fake-db';
import type { ReelDatabase } from '../../../src/shared/db/open';
import { exportLibrary, importLibrary } from '../../../src/shared/db/import';
import { makeBackup } from '../../../src/shared/formats/backup';
import { type Library } from '../../../src/shared/formats/library';
import type { PageRecord } from '../../../src/shared/records';
import { rng, type Rng } from './random';
import { genLibrary } from './library-gen';
import { isClear, type Outcome } from './family';


export const snapshot = (lib: Library) => JSON.stringify(makeBackup(lib, ''));

/** Records stored before that are missing after, or older after than before. */
export function countLost(before: Library, after: Library, combinePages: boolean): number {
  let lost = 0;
  const pagesAfter = new Map(after.pages.map((p) => [p.id, p]));
  for (const p of before.pages) {
    const a = pagesAfter.get(p.id);
    if (!a || a.updatedAt < p.updatedAt) lost++;
    else if (combinePages && !sameOrAdded(p, a)) lost++;
  }
  const hAfter = new Map(after.highlights.map((h) => [h.id, h]));
  for (const h of before.highlights) {
    const a = hAfter.get(h.id);
    if (!a || a.updatedAt < h.updatedAt || a.pageId !== h.pageId) lost++;
  }
  return lost;
}

/** A page imported from another tool may only gain tags and note text. */
export function sameOrAdded(before: PageRecord, after: PageRecord): boolean {
  return (
    before.entry.tags.every((t) => after.entry.tags.includes(t)) &&
    after.entry.note.includes(before.entry.note.trim()) &&
    before.entry.rating === after.entry.rating &&
    JSON.stringify(before.detection) === JSON.stringify(after.detection) &&
    JSON.stringify(before.correction) === JSON.stringify(after.correction)
  );
}

let dbCount = 0;
export interface DbState {
  db: ReelDatabase;
  base: Library;
  runs: number;
}

/** What each import family's database holds before its cases; incoming files reuse some of its ids and passages. */
export const STORED: Record<string, Library> = {
  backup: genLibrary(rng(1), 12, 4, 'stored'),
  hypothesis: genLibrary(rng(2), 12, 4, 'stored'),
};

export async function dbState(base: Library, runs = 0): Promise<DbState> {
  const db = await openFreshDb(`fuzz-${++dbCount}`);
  await importLibrary(db, base);
  return { db, base, runs };
}

/** Some stored pages and their highlights, each older, the same, or newer than stored, some edited. */
export function overlap(r: Rng, base: Library): Library {
  const pages = base.pages.filter(() => r.chance(0.3));
  const ids = new Set(pages.map((p) => p.id));
  const shift = () => r.pick([-1_000, 0, 0, 1_000]);
  return {
    pages: pages.map((p) => ({ ...p, updatedAt: Math.max(p.createdAt, p.updatedAt + shift()), entry: r.chance(0.5) ? { ...p.entry, note: `${p.entry.note} (edited)` } : p.entry })),
    highlights: base.highlights
      .filter((h) => ids.has(h.pageId) && r.chance(0.5))
      // Same passage under a new id (another device) or the same id.
      .map((h) => ({ ...h, id: r.chance(0.3) ? `${h.id}-twin` : h.id, updatedAt: Math.max(h.createdAt, h.updatedAt + shift()), note: r.chance(0.5) ? `${h.note}!` : h.note })),
  };
}

/** Runs one import against the database and judges it: refused → unchanged; accepted → nothing lost. */
export async function judgedImport(state: DbState, act: (db: ReelDatabase) => Promise<unknown>, combinePages: boolean): Promise<Outcome> {
  // Accepted imports grow the database; start again from the base now and then so every case stays cheap.
  if (++state.runs % 50 === 0) {
    state.db.close();
    Object.assign(state, await dbState(state.base, state.runs));
  }
  const before = await exportLibrary(state.db);
  const beforeText = snapshot(before);
  try {
    await act(state.db);
  } catch (e) {
    const unchanged = snapshot(await exportLibrary(state.db)) === beforeText;
    if (!isClear(e)) return { kind: 'refused', problem: `unclear error: ${describeThrown(e)}`, lost: unchanged ? 0 : 1 };
    return { kind: 'refused', reason: e.message, lost: unchanged ? 0 : 1, problem: unchanged ? undefined : 'database changed by a refused import' };
  }
  const after = await exportLibrary(state.db);
  return { kind: 'accepted', lost: countLost(before, after, combinePages) };
}

export function describeThrown(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message.slice(0, 200)}`;
  return `non-error thrown: ${String(e).slice(0, 100)}`;
}

export function pollutionCheck(): string | undefined {
  const probe = {} as Record<string, unknown>;
  if ('polluted' in probe || Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')) {
    delete (Object.prototype as Record<string, unknown>).polluted;
    return 'Object.prototype was polluted';
  }
  return undefined;
}

