/**
 * One film: the reader's ratings of it over time (review pages and
 * Letterboxd), what Letterboxd says, and every review page saved for it with
 * its critic, rating and passages.
 */
import { useMemo, useState } from 'preact/hooks';
import { filmLabel, plural, ratingLabel } from '../model/format';
import { ratingHistory } from '../model/film-history';
import { filmRating, type FilmGroup } from '../model/grouping';
import type { LibraryActions } from '../model/library-actions';
import type { HighlightRow } from '../model/library-model';
import { pageReasons, ratingReasons } from '../model/why';
import { PageLine } from './PageLine';
import { Marked, useSearch, Why } from './search-context';

export function FilmEntry(props: { film: FilmGroup; actions: LibraryActions }) {
  const { film } = props;
  const [open, setOpen] = useState(false);
  const search = useSearch();
  const lb = film.letterboxd;
  const history = useMemo(() => (open ? ratingHistory(film) : []), [open, film]);
  /** While searching, only the passages the search found. */
  const passagesOf = (highlights: readonly HighlightRow[]) => (search ? highlights.filter((h) => search.highlights[h.index] === 1) : highlights);
  const lbReasons = search && lb && search.ratings[search.model.ratings.indexOf(lb)] === 1 ? ratingReasons(lb, search.needles) : [];
  const found = (h: HighlightRow) => search?.highlights[h.index] === 1;
  const why = search ? [...new Set([...film.pages.flatMap((r) => pageReasons(r, search.needles, found)), ...lbReasons.map((r) => `${r} on Letterboxd`)])] : [];
  return (
    <li class="film-entry" data-film-key={film.key}>
      <details onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          <span class="film-title">
            <Marked text={filmLabel(film.title, film.year)} />
          </span>
          {film.directors.length > 0 && (
            <span class="muted">
              {' '}
              · <Marked text={film.directors.join(', ')} />
            </span>
          )}
          <span class="film-rating"> · {ratingLabel(filmRating(film))}</span>
          <span class="muted">
            {' '}
            · {plural(film.pages.length, 'review')}, {plural(film.highlightCount, 'highlight')}
            {lb ? (lb.seen ? ' · Letterboxd' : ' · Letterboxd watchlist') : ''}
            {lb?.liked ? ' · liked' : ''}
          </span>
        </summary>
        {open && (
          <div class="film-body stack">
            <p>
              Your rating here: <strong>{ratingLabel(film.rating)}</strong>
            </p>
            {history.length > 0 && (
              <section class="rating-history" aria-label="Your ratings over time">
                <h4>Your ratings over time</h4>
                <ol class="plain">
                  {history.map((e, i) => (
                    <li key={i}>
                      <span class="date">{e.day}</span> <strong>{ratingLabel(e.rating)}</strong>{' '}
                      <span class="muted">
                        {e.watched ? 'watched' : 'saved'}
                        {e.where.kind === 'letterboxd' ? ` · on Letterboxd${e.where.rewatch ? ' (rewatch)' : ''}` : ` · reading ${e.where.row.page.postTitle || e.where.row.page.site}`}
                      </span>
                    </li>
                  ))}
                </ol>
              </section>
            )}
            {lb && (
              <div class="letterboxd">
                <p>
                  On Letterboxd: <strong>{ratingLabel(lb.rating)}</strong>
                  {lb.watches > 1 ? `, ${lb.watches} watches` : ''}
                  {lb.watchlist ? ', on your watchlist' : ''}
                  {lb.watchedDate ? `, watched ${lb.watchedDate}` : ''}
                  {lb.rewatch ? ' (rewatch)' : ''}
                  {lb.tags.length ? ` · tags: ${lb.tags.join(', ')}` : ''}
                </p>
                {lb.review && (
                  <p class="note">
                    <Marked text={lb.review} />
                  </p>
                )}
                <button type="button" class="danger" onClick={() => void props.actions.deleteRating(lb)}>
                  Remove Letterboxd film
                </button>
              </div>
            )}
            {film.pages.length > 0 && (
              <section aria-label={`Reviews of ${film.title}`}>
                <h4>Reviews ({film.pages.length})</h4>
                <ul class="plain stack">
                  {film.pages.map((row) => (
                    <PageLine key={row.page.id} row={row} actions={props.actions} passages={passagesOf(row.highlights)} />
                  ))}
                </ul>
              </section>
            )}
          </div>
        )}
      </details>
      <Why reasons={why} />
    </li>
  );
}
