/** The search field: results follow every keystroke; Escape clears it. */
export function SearchBox(props: { value: string; onInput: (value: string) => void; summary: string }) {
  return (
    <div class="search" role="search">
      <label for="library-search">Search</label>
      <input
        id="library-search"
        type="search"
        value={props.value}
        placeholder="Films, people, notes, tags, passages"
        aria-describedby="search-summary"
        autocomplete="off"
        spellcheck={false}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && props.value) {
            e.preventDefault();
            props.onInput('');
          }
        }}
      />
      <span id="search-summary" class="muted" role="status" aria-live="polite">
        {props.summary}
      </span>
    </div>
  );
}
