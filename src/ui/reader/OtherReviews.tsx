/**
 * One film, many reviews: says when the reader already rated this film (on
 * another saved review or in Letterboxd) and lists their other saved reviews
 * of it, linked. Asked for after the first paint, so the popup opens as fast.
 */
import { useEffect, useState } from 'preact/hooks';
import { request } from '../../platform/messaging';
import type { RelatedReviews } from '../../shared/messages/types';

const stars = (n: number | null) => (n === null ? 'not rated' : `${n} / 5`);

export function OtherReviews(props: { pageId: string; film: string; year: number | null; version: unknown }) {
  const [related, setRelated] = useState<RelatedReviews | null>(null);
  useEffect(() => {
    let live = true;
    request({ type: 'film/related', pageId: props.pageId, film: { title: props.film, year: props.year } })
      .then((r) => live && setRelated(r))
      .catch(() => live && setRelated(null));
    return () => {
      live = false;
    };
  }, [props.pageId, props.film, props.year, props.version]);
  if (!related || (related.reviews.length === 0 && !related.letterboxd)) return null;
  const rated = related.reviews.filter((r) => r.rating !== null);
  const lb = related.letterboxd;
  return (
    <section class="related stack" aria-labelledby="related-heading">
      <h2 id="related-heading">{rated.length || lb?.rating != null ? `You already rated ${props.film}` : `You met ${props.film} before`}</h2>
      {lb && (
        <p>
          In Letterboxd: {stars(lb.rating)}
          {lb.watchedDate ? `, watched ${lb.watchedDate}` : ''}
        </p>
      )}
      {related.reviews.length > 0 && (
        <>
          <p class="small muted">Your other saved reviews of it ({related.reviews.length}):</p>
          <ul class="plain" aria-label={`Other saved reviews of ${props.film}`}>
            {related.reviews.map((r) => (
              <li key={r.pageId}>
                <a href={r.url} target="_blank" rel="noopener noreferrer">{r.postTitle || r.site}</a>{' '}
                <span class="muted small">({r.site}) — you: {stars(r.rating)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
