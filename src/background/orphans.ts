/**
 * How many of a page's saved passages its tab could not place: kept in the
 * tab's state and shown on the badge, so the reader learns it where they read.
 */
import { getTab, patchTab } from './tab-state';
import { showDetection } from './badge';
import { highlightsForPage } from '../shared/db/highlights';
import { getPage } from '../shared/db/pages';
import type { ReelDatabase } from '../shared/db/open';

export async function showOrphans(db: ReelDatabase, tabId: number, pageId: string): Promise<number> {
  const orphans = (await highlightsForPage(db, pageId)).filter((h) => h.lastStatus === 'orphan').length;
  await patchTab(tabId, { orphans });
  const [tab, page] = await Promise.all([getTab(tabId), getPage(db, pageId)]);
  await showDetection(tabId, tab?.detection ?? page?.detection ?? null, page?.correction ?? null, orphans);
  return orphans;
}
