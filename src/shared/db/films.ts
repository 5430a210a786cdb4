/** Films rated elsewhere (Letterboxd imports). */
import type { ReelDatabase } from './open';
import type { FilmRatingRecord } from '../formats/letterboxd';

/** Stores imported film ratings in one transaction; the same film imported twice is one record. */
export async function putFilmRatings(db: ReelDatabase, films: FilmRatingRecord[]): Promise<{ added: number; updated: number }> {
  const tx = db.transaction('films', 'readwrite');
  let added = 0;
  let updated = 0;
  for (const film of films) {
    const existing = await tx.store.get(film.id);
    if (!existing) added++;
    else if (JSON.stringify({ ...existing, importedAt: 0 }) !== JSON.stringify({ ...film, importedAt: 0 })) updated++;
    else continue;
    await tx.store.put(film);
  }
  await tx.done;
  return { added, updated };
}

export async function listFilmRatings(db: ReelDatabase): Promise<FilmRatingRecord[]> {
  return db.getAllFromIndex('films', 'byTitle');
}

export async function deleteFilmRating(db: ReelDatabase, id: string): Promise<void> {
  await db.delete('films', id);
}
