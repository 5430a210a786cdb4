/** One entry per film: review pages gathered, the reader's rating, Letterboxd ratings joined. */
import type { FilmGroup } from '../model/grouping';
import type { LibraryActions } from '../model/library-actions';
import { FilmEntry } from './FilmEntry';
import { ShowMore, usePaged } from './ShowMore';

export function FilmsView(props: { films: readonly FilmGroup[]; actions: LibraryActions }) {
  const [shown, limit, more] = usePaged(props.films);
  if (props.films.length === 0) return <p class="muted">No film matches. Films appear here once a saved page names one, or after a Letterboxd import.</p>;
  return (
    <>
      <ul class="plain films stack">
        {shown.map((f) => (
          <FilmEntry key={f.key} film={f} actions={props.actions} />
        ))}
      </ul>
      <ShowMore shown={Math.min(limit, props.films.length)} total={props.films.length} noun="films" onMore={more} />
    </>
  );
}
