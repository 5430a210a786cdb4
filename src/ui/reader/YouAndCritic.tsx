/**
 * The reviewer and their rating beside the reader's own, both on the 0–5
 * scale; the page's own scale is given too ("8/10 on the page").
 */
import type { Detection } from '../../shared/film/types';

const num = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, ''));

export function YouAndCritic(props: { review: Detection['review'] | undefined; yours: number | null }) {
  const review = props.review;
  if (!review?.author && !review?.rating) return null;
  const r = review.rating;
  const critic = review.author ?? 'The reviewer';
  const original = r && !(r.best === 5 && (r.worst === 0 || r.worst === 1)) ? ` (${num(r.value)}/${num(r.best)} on the page)` : '';
  return (
    <section class="critic" aria-label="You and the critic">
      <dl class="ratings">
        <div>
          <dt>{critic}</dt>
          <dd>{r ? `${num(Math.round(r.normalized * 10) / 10)} / 5${original}` : 'no rating on the page'}</dd>
        </div>
        <div>
          <dt>You</dt>
          <dd>{props.yours === null ? 'not rated yet' : `${num(props.yours)} / 5`}</dd>
        </div>
      </dl>
    </section>
  );
}
