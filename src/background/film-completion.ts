/**
 * The page tools send what the page alone says; here it is completed with the film index and the reader's
 * corrections on the same site (see shared/film/apply-link.ts), before it is stored and shown.
 */
import { database } from './database';
import { filmIndex } from './film-index';
import { linkAndComplete } from '../shared/film/apply-link';
import { siteEvidence, urlShape } from '../shared/film/site-shape';
import { correctionsOnSite } from '../shared/db/site-history';
import type { LinkCandidates } from '../shared/film/candidates';
import type { Detection } from '../shared/film/types';

async function siteScore(url: string): Promise<number> {
  const origin = urlShape(url)?.origin;
  if (!origin) return 0;
  return siteEvidence(url, await correctionsOnSite(await database(), origin));
}

export async function completeInBackground(detection: Detection, candidates: LinkCandidates | undefined, url: string): Promise<Detection> {
  const [index, site] = await Promise.all([filmIndex(), siteScore(url).catch(() => 0)]);
  const { detection: done, links } = linkAndComplete(detection, candidates, index, site);
  // Other films the page may be about, for the popup's "This is a review of…" to offer.
  if (links.length > 1) done.alternatives = links.slice(1).map((l) => ({ title: l.film.title, year: l.film.year, directors: l.film.directors, wikipedia: l.film.wikipedia }));
  return done;
}
