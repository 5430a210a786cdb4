/** You and the critics: per reviewer, how your ratings compare with theirs on the reviews you rated. */
import { useMemo } from 'preact/hooks';
import { criticAgreement, type CriticAgreement } from '../model/critics';
import { filmLabel, plural, ratingLabel, safeHref } from '../model/format';
import type { PageRow } from '../model/library-model';
import { Marked } from './search-context';

const stars = (n: number) => `${Math.round(n * 10) / 10} ${Math.abs(n) === 1 ? 'star' : 'stars'}`;

function lean(c: CriticAgreement): string {
  if (Math.abs(c.meanLean) < 0.25) return 'you rate about the same on average';
  return `you rate ${stars(Math.abs(c.meanLean))} ${c.meanLean > 0 ? 'higher' : 'lower'} on average`;
}

export function CriticsPanel(props: { pages: readonly PageRow[] }) {
  const critics = useMemo(() => criticAgreement(props.pages), [props.pages]);
  if (!critics.length)
    return (
      <p class="muted">
        No critic to compare with yet. When a review page gives its author and rating, and you rate the film on that page, the critic appears here.
      </p>
    );
  return (
    <ul class="plain critics stack">
      {critics.map((c) => (
        <li key={c.key} class="critic-entry" data-critic={c.key}>
          <details>
            <summary>
              <span class="critic-name">
                <Marked text={c.name} />
              </span>{' '}
              · <strong class="agreement">{c.agreement}% agreement</strong>
              <span class="muted">
                {' '}
                · {plural(c.reviews.length, 'review')} you rated · within half a star on {c.within} of {c.reviews.length} · {lean(c)}
              </span>
            </summary>
            <table class="critic-reviews">
              <caption class="visually-hidden">Reviews by {c.name} that you rated</caption>
              <thead>
                <tr>
                  <th scope="col">Film</th>
                  <th scope="col">Review</th>
                  <th scope="col">Their rating</th>
                  <th scope="col">Yours</th>
                </tr>
              </thead>
              <tbody>
                {c.reviews.map((r) => (
                  <tr key={r.row.page.id}>
                    <td>{filmLabel(r.row.film.title, r.row.film.year)}</td>
                    <td>
                      <a href={safeHref(r.row.page.url)} target="_blank" rel="noopener noreferrer">
                        {r.row.page.postTitle || r.row.page.url}
                      </a>
                    </td>
                    <td>{ratingLabel(Math.round(r.theirs * 10) / 10)}</td>
                    <td>{ratingLabel(r.yours)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </li>
      ))}
    </ul>
  );
}
