/** Films logged elsewhere (Letterboxd imports): planned from what is stored, written in one transaction. */
import type { ReelDatabase } from './open';
import type { FilmRecord } from '../records/films';
import { planFilms, type FilmPlan } from '../formats/film-merge';
import type { LetterboxdItem } from '../formats/letterboxd-read';

/**
 * Merges films read from Letterboxd files into the stored ones (see
 * formats/film-merge.ts) in one readwrite transaction; with `preview` the
 * plan is made from the same reads and nothing is written.
 */
export async function importFilms(db: ReelDatabase, items: readonly LetterboxdItem[], importedAt: number, preview = false): Promise<FilmPlan> {
  const tx = db.transaction('films', preview ? 'readonly' : 'readwrite');
  try {
    // Planning is synchronous: awaiting anything but the database here would let the transaction commit.
    const plan = planFilms(await tx.store.getAll(), items, importedAt);
    if (!preview) for (const f of [...plan.add, ...plan.replace]) void tx.store.put!(f).catch(() => undefined);
    await tx.done;
    return plan;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already finished: the error below is the one to report.
    }
    tx.done.catch(() => undefined);
    throw e;
  }
}

export async function listFilms(db: ReelDatabase): Promise<FilmRecord[]> {
  return db.getAllFromIndex('films', 'byTitle');
}

/** Removes a film in one transaction and returns it as it was stored (for undo), or null when it was not there. */
export async function deleteFilm(db: ReelDatabase, id: string): Promise<FilmRecord | null> {
  const tx = db.transaction('films', 'readwrite');
  const film = (await tx.store.get(id)) ?? null;
  if (film) await tx.store.delete(id);
  await tx.done;
  return film;
}
