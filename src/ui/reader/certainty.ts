/**
 * The detection's certainty said in words a reader understands ("Why: 3% sure"
 * said nothing); the evidence behind it stays one click away in the popup.
 */
import type { Detection } from '../../shared/film/types';
import { effectiveFilm, type FilmCorrection } from '../../shared/records';

export function certaintyInWords(detection: Detection | null, correction: FilmCorrection | null): string {
  if (correction?.isReview === false) return 'Not a film review — corrected by you';
  if (correction) return 'Film corrected by you';
  if (!detection) return 'Not a film review — nothing on the page looks like one';
  const title = effectiveFilm(detection, null).title;
  const c = detection.confidence;
  if (detection.isReview) {
    const film = title ? `a review of ${title}` : 'a film review, though the film is not named';
    if (c >= 0.85) return `Almost certainly ${film}`;
    if (c >= 0.6) return `Probably ${film}`;
    return `Perhaps ${film}: check the film`;
  }
  if (!title) return 'Not a film review — no film named on the page';
  return `Not a film review — it names ${title}, but does not read like a review of it`;
}
