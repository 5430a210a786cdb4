/** Filters that apply to every view, in a disclosure that says how many are on. */
import { activeFilterCount, NO_FILTERS, type Filters } from '../model/filters';

const RATINGS = ['0.5', '1', '1.5', '2', '2.5', '3', '3.5', '4', '4.5', '5'];

export function FilterBar(props: { filters: Filters; onChange: (f: Filters) => void; tags: string[]; sites: string[]}) {
  const f = props.filters;
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => props.onChange({ ...f, [key]: value });
  const active = activeFilterCount(f);
  return (
    <div class="filter-bar">
      <details class="filters" open={active > 0}>
        <summary>
          Filters{active > 0 ? ` (${active} on)` : ''}
        </summary>
        <div class="filter-grid">
          <label>
            Rating
            <select value={f.rating} onChange={(e) => set('rating', e.currentTarget.value)}>
              <option value="">Any</option>
              <option value="unrated">Not rated</option>
              {RATINGS.map((r) => (
                <option value={r} key={r}>
                  {r} stars or more
                </option>
              ))}
            </select>
          </label>
          <label>
            Tag
            <select value={f.tag} onChange={(e) => set('tag', e.currentTarget.value)}>
              <option value="">Any</option>
              {props.tags.map((t) => (
                <option value={t} key={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <label>
            Site
            <select value={f.site} onChange={(e) => set('site', e.currentTarget.value)}>
              <option value="">Any</option>
              {props.sites.map((s) => (
                <option value={s} key={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>Saved</legend>
            <label>
              from <input type="date" value={f.savedFrom} onChange={(e) => set('savedFrom', e.currentTarget.value)} />
            </label>
            <label>
              to <input type="date" value={f.savedTo} onChange={(e) => set('savedTo', e.currentTarget.value)} />
            </label>
          </fieldset>
          <fieldset>
            <legend>Watched</legend>
            <label>
              from <input type="date" value={f.watchedFrom} onChange={(e) => set('watchedFrom', e.currentTarget.value)} />
            </label>
            <label>
              to <input type="date" value={f.watchedTo} onChange={(e) => set('watchedTo', e.currentTarget.value)} />
            </label>
          </fieldset>
          <label class="check">
            <input type="checkbox" checked={f.hasHighlights} onChange={(e) => set('hasHighlights', e.currentTarget.checked)} /> Has highlights
          </label>
          <label class="check">
            <input type="checkbox" checked={f.orphaned} onChange={(e) => set('orphaned', e.currentTarget.checked)} /> Orphaned highlights
          </label>
          <button type="button" onClick={() => props.onChange(NO_FILTERS)} disabled={active === 0}>
            Clear filters
          </button>
        </div>
      </details>
    </div>
  );
}
