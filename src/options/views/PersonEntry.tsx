/** One person: the films they directed or acted in, and the passages about those films (naming them first). */
import { useMemo, useState } from 'preact/hooks';
import { filmLabel, plural } from '../model/format';
import { passagesFor, type PersonGroup } from '../model/grouping';
import type { LibraryActions } from '../model/library-actions';
import { personReasons } from '../model/why';
import { Passages } from './Passages';
import { Marked, useSearch, Why } from './search-context';

function roles(p: PersonGroup): string {
  return [p.directed && 'director', p.acted && 'cast'].filter(Boolean).join(', ');
}

export function PersonEntry(props: { person: PersonGroup; actions: LibraryActions }) {
  const { person } = props;
  const [open, setOpen] = useState(false);
  const search = useSearch();
  // While searching, only the passages the search found.
  const passages = useMemo(
    () => (open ? passagesFor(person, (r) => (search ? r.highlights.filter((h) => search.highlights[h.index] === 1) : r.highlights)) : []),
    [open, person, search],
  );
  return (
    <li class="person-entry" data-person={person.key}>
      <details onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          <span class="person-name">
            <Marked text={person.name} />
          </span>
          <span class="muted">
            {' '}
            · {roles(person)} · {plural(person.films.length, 'film')}
          </span>
        </summary>
        {open && (
          <div class="stack">
            <ul class="person-films">
              {person.films.map((f) => (
                <li key={f.key}>
                  {filmLabel(f.title, f.year)}
                  {f.directed ? ' — director' : ''}
                  {f.characters.length > 0 && (
                    <>
                      {' — as '}
                      <Marked text={f.characters.join(', ')} />
                    </>
                  )}
                </li>
              ))}
            </ul>
            <Passages items={passages} actions={props.actions} heading="Passages" />
          </div>
        )}
      </details>
      {search && <Why reasons={personReasons(person, search.needles)} />}
    </li>
  );
}
