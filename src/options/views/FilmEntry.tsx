/** One film: the reader's rating, what Letterboxd says, every review page saved for it and their passages. */
import { useState } from 'preact/hooks';
import { filmLabel, plural, ratingLabel } from '../model/format';
import { filmRating, type FilmGroup } from '../model/grouping';
import type { LibraryActions } from '../model/library-actions';
import { PageLine } from './PageLine';
import { Passages } from './Passages';

export function FilmEntry(props: { film: FilmGroup; actions: LibraryActions }) {
  const { film } = props;
  const [open, setOpen] = useState(false);
  const lb = film.letterboxd;
  return (
    <li class="film-entry" data-film-key={film.key}>
      <details onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          <span class="film-title">{filmLabel(film.title, film.year)}</span>
          {film.directors.length > 0 && <span class="muted"> · {film.directors.join(', ')}</span>}
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
                {lb.review && <p class="note">{lb.review}</p>}
                <button type="button" class="danger" onClick={() => void props.actions.deleteRating(lb)}>
                  Remove Letterboxd film
                </button>
              </div>
            )}
            {film.pages.length > 0 && (
              <ul class="plain stack">
                {film.pages.map((row) => (
                  <PageLine key={row.page.id} row={row} actions={props.actions} />
                ))}
              </ul>
            )}
            <Passages items={film.pages.flatMap((r) => r.highlights)} actions={props.actions} heading="Passages" />
          </div>
        )}
      </details>
    </li>
  );
}
