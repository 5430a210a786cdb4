/**
 * The reader's corrections on one site, read from the pages store they already live in (no schema change):
 * page ids are URLs, so a key range over the origin finds them without scanning other sites.
 */
import type { ReelDatabase } from './open';
import type { SiteExample } from '../film/site-shape';

const MAX_PAGES = 2000;

export async function correctionsOnSite(db: ReelDatabase, origin: string): Promise<SiteExample[]> {
  const range = IDBKeyRange.bound(`${origin}/`, `${origin}/\uffff`);
  const out: SiteExample[] = [];
  let cursor = await db.transaction('pages').store.openCursor(range);
  for (let n = 0; cursor && n < MAX_PAGES; n++) {
    const isReview = cursor.value.correction?.isReview;
    if (typeof isReview === 'boolean') out.push({ url: cursor.value.url, isReview });
    cursor = await cursor.continue();
  }
  return out;
}
