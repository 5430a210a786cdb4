/** Films rated elsewhere (Letterboxd imports). */
import type { ReelDatabase } from './open';
import { planFilmImport, type FilmRatingRecord } from '../formats/letterboxd';

/**
 * Stores imported film ratings in one transaction, merged with what is stored
 * (planFilmImport: the same film imported twice is one record, diary rewatches add up).
 */
export async function putFilmRatings(db: ReelDatabase, films: FilmRatingRecord[]): Promise<{ added: number; updated: number }> {
  const tx = db.transaction('films', 'readwrite');
  const plan = planFilmImport(await tx.store.getAll(), films);
  await Promise.all([...[...plan.add, ...plan.replace].map((f) => tx.store.put(f)), tx.done]);
  return { added: plan.add.length, updated: plan.replace.length };
}

export async function listFilmRatings(db: ReelDatabase): Promise<FilmRatingRecord[]> {
  return db.getAllFromIndex('films', 'byTitle');
}

export async function deleteFilmRating(db: ReelDatabase, id: string): Promise<void> {
  await db.delete('films', id);
}
