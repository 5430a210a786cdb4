import { browser } from '../platform/browser-api';
import type { Detection } from '../shared/film/types';
import { effectiveFilm, effectiveIsReview, type FilmCorrection } from '../shared/records';
import { getTab } from './tab-state';

const REVIEW_COLOR = '#b3213b';
/** Another colour when saved passages were not found: the reader sees it without opening anything. */
const ORPHAN_COLOR = '#8a4b00';

/**
 * The toolbar badge says, per tab, that a film review was found, and the
 * tooltip says which and why; when some of the page's saved passages could
 * not be placed, the badge takes another colour and the tooltip gives the count.
 * `orphans` defaults to what the tab's state last recorded.
 */
export async function showDetection(tabId: number, detection: Detection | null, correction: FilmCorrection | null = null, orphans?: number): Promise<void> {
  const lost = orphans ?? (await getTab(tabId))?.orphans ?? 0;
  const isReview = effectiveIsReview(detection, correction);
  const film = effectiveFilm(detection, correction);
  const why = detection?.signals.slice(0, 3).join(', ');
  const notFound = lost ? ` — ${lost} saved passage${lost === 1 ? '' : 's'} not found on the page` : '';
  const title = isReview
    ? `Reel Notes: review of ${film.title ?? 'a film'}${film.year ? ` (${film.year})` : ''}${why ? ` — ${why}` : ''}${notFound}`
    : `Reel Notes${notFound}`;
  const text = isReview ? '★' : lost ? String(lost) : '';
  await Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: lost ? ORPHAN_COLOR : REVIEW_COLOR }),
    browser.action.setTitle({ tabId, title }),
  ]);
}
