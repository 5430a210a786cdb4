/**
 * One film, many reviews (issue 15.12): the other saved reviews of a film and
 * its Letterboxd rating, also for a review the reader opens for the first time
 * (no record yet: the film on screen is the key).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openFreshDb } from '../../support/fake-db';
import { relatedReviews } from '../../../src/shared/db/related';
import { HER_1, HER_2, LOST } from '../../support/reader-library';

async function db() {
  const d = await openFreshDb('related');
  const tx = d.transaction('pages', 'readwrite');
  for (const p of [HER_1, HER_2, LOST]) await tx.store.put(p as any);
  await tx.done;
  return d;
}

describe('relatedReviews', () => {
  it('lists the other saved reviews of the page’s film, not the page itself nor other films', async () => {
    const r = await relatedReviews(await db(), HER_1.id);
    expect(r.reviews.map((x) => [x.pageId, x.rating])).toEqual([[HER_2.id, 3.5]]);
  });

  it('for a page with no record, uses the film shown; without one, finds nothing', async () => {
    const d = await db();
    const fresh = 'https://new.example/her';
    expect((await relatedReviews(d, fresh, { title: 'HER', year: 2013 })).reviews.map((x) => x.pageId).sort()).toEqual([HER_1.id, HER_2.id].sort());
    expect((await relatedReviews(d, fresh, { title: 'Her', year: 1999 })).reviews).toEqual([]);
    expect((await relatedReviews(d, fresh)).reviews).toEqual([]);
  });
});
