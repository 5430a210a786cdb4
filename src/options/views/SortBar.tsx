/** The tools line above a grouped view: a labelled sort select and how many entries are shown. */
export function SortBar<S extends string>(props: { label: string; value: S; options: readonly [S, string][]; onChange: (s: S) => void; count: string }) {
  return (
    <div class="row view-tools">
      <label class="sort">
        {props.label}{' '}
        <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as S)}>
          {props.options.map(([value, text]) => (
            <option value={value} key={value}>
              {text}
            </option>
          ))}
        </select>
      </label>
      <span class="muted">{props.count}</span>
    </div>
  );
}
