/**
 * Film-review detection and film extraction. Pure: takes a Document (browser or jsdom), returns plain data,
 * never throws, and reads a bounded amount of text so a huge page costs about as much as an ordinary one.
 * With a film index (the background, `npm run detect`) the page is also linked to a known film.
 */
import { buildContext } from './context';
import { analyse, type Analysis } from './registry';
import { linkAndComplete } from './apply-link';
import type { FilmIndex } from '../film-index/film-index';
import type { Detection } from './types';

export type { CastMember, Detection, Film, ReviewInfo, ReviewRating } from './types';

const failed = (err: unknown): Detection => ({
  isReview: false,
  confidence: 0,
  signals: [`extraction failed: ${err instanceof Error ? err.message : String(err)}`.slice(0, 200)],
  film: { title: null, year: null, directors: [], cast: [] },
  review: {},
});

/** The page alone: the detection before the film index, and the candidates to link it with. */
export function analysePage(doc: Document, opts?: { url?: string }): Analysis {
  try {
    return analyse(buildContext(doc, opts?.url));
  } catch (err) {
    return { detection: failed(err), candidates: { titles: [], names: [], years: [] } };
  }
}

export function extractFilm(doc: Document, opts?: { url?: string; index?: FilmIndex | null; site?: number }): Detection {
  const { detection, candidates } = analysePage(doc, opts);
  try {
    return linkAndComplete(detection, candidates, opts?.index, opts?.site ?? 0).detection;
  } catch (err) {
    return failed(err);
  }
}
