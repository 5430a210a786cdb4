/** Every director and actor credited on the saved pages. */
import type { PersonGroup } from '../model/grouping';
import type { LibraryActions } from '../model/library-actions';
import { PersonEntry } from './PersonEntry';
import { ShowMore, usePaged } from './ShowMore';

export function PeopleView(props: { people: readonly PersonGroup[]; actions: LibraryActions }) {
  const [shown, limit, more] = usePaged(props.people);
  if (props.people.length === 0) return <p class="muted">No person matches. Directors and cast appear here when a saved page names them.</p>;
  return (
    <>
      <ul class="plain people stack">
        {shown.map((p) => (
          <PersonEntry key={p.key} person={p} actions={props.actions} />
        ))}
      </ul>
      <ShowMore shown={Math.min(limit, props.people.length)} total={props.people.length} noun="people" onMore={more} />
    </>
  );
}
