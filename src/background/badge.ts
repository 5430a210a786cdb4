import { browser } from '../shared/browser-api';
import type { Detection } from '../shared/film/types';
import { effectiveFilm, effectiveIsReview, type FilmCorrection } from '../shared/records';

/** The toolbar badge says, per tab, that a film review was found, and the tooltip says which and why. */
export async function showDetection(tabId: number, detection: Detection | null, correction: FilmCorrection | null = null): Promise<void> {
  const isReview = effectiveIsReview(detection, correction);
  const film = effectiveFilm(detection, correction);
  const text = isReview ? '★' : '';
  const why = detection?.signals.slice(0, 3).join(', ');
  const title = isReview
    ? `Reel Notes: review of ${film.title ?? 'a film'}${film.year ? ` (${film.year})` : ''}${why ? ` — ${why}` : ''}`
    : 'Reel Notes';
  await Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#b3213b' }),
    browser.action.setTitle({ tabId, title }),
  ]);
}
