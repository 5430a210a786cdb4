/**
 * Film-review detection and film extraction. Pure: takes a Document (browser or jsdom), returns plain data,
 * never throws, and reads a bounded amount of text so a huge page costs about as much as an ordinary one.
 */
import { buildContext } from './context';
import { combine } from './registry';
import type { Detection } from './types';

export type { CastMember, Detection, Film, ReviewInfo, ReviewRating } from './types';

export function extractFilm(doc: Document, opts?: { url?: string }): Detection {
  try {
    return combine(buildContext(doc, opts?.url));
  } catch (err) {
    return {
      isReview: false,
      confidence: 0,
      signals: [`extraction failed: ${err instanceof Error ? err.message : String(err)}`.slice(0, 200)],
      film: { title: null, year: null, directors: [], cast: [] },
      review: {},
    };
  }
}
