/**
 * Tags as removable chips plus one input that adds a tag on Enter or comma,
 * with the tags the reader already used offered as suggestions (a datalist
 * for typing, and the first few as buttons).
 */
import { useId, useState } from 'preact/hooks';

/** Splits typed text into tags: trimmed, inner spaces collapsed, case-insensitively unique. */
export function parseTags(text: string, existing: string[] = []): string[] {
  const out = [...existing];
  for (const raw of text.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, 100);
    if (tag && !out.some((t) => t.toLowerCase() === tag.toLowerCase())) out.push(tag);
  }
  return out;
}

export function TagInput(props: { tags: string[]; known: string[]; onChange: (tags: string[]) => void; maxSuggestions?: number }) {
  const id = useId();
  const [text, setText] = useState('');
  const used = new Set(props.tags.map((t) => t.toLowerCase()));
  const unused = props.known.filter((t) => !used.has(t.toLowerCase()));
  const add = (value: string) => {
    const next = parseTags(value, props.tags);
    setText('');
    if (next.length !== props.tags.length) props.onChange(next);
  };
  const remove = (tag: string) => props.onChange(props.tags.filter((t) => t !== tag));

  return (
    <div class="tags stack">
      <label for={`${id}-input`}>Tags</label>
      {props.tags.length > 0 && (
        <ul class="plain row chips" aria-label="Tags on this entry">
          {props.tags.map((t) => (
            <li key={t} class="chip">
              <span>{t}</span>
              <button type="button" class="chip-remove" aria-label={`Remove tag ${t}`} onClick={() => remove(t)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={`${id}-input`}
        class="tag-input"
        list={`${id}-known`}
        value={text}
        autocomplete="off"
        aria-describedby={`${id}-help`}
        onInput={(e) => {
          const value = e.currentTarget.value;
          if (value.includes(',')) add(value);
          else setText(value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && text.trim()) {
            e.preventDefault();
            add(text);
          } else if (e.key === 'Backspace' && !text && props.tags.length) {
            remove(props.tags[props.tags.length - 1]);
          }
        }}
        onChange={(e) => {
          // A datalist pick (or leaving the field) commits the tag.
          if (e.currentTarget.value.trim()) add(e.currentTarget.value);
        }}
      />
      <datalist id={`${id}-known`}>
        {unused.map((t) => <option value={t} key={t} />)}
      </datalist>
      <div id={`${id}-help`} class="muted small">Press Enter or type a comma to add a tag.</div>
      {unused.length > 0 && (
        <div class="row suggestions" role="group" aria-label="Tags you used before">
          {unused.slice(0, props.maxSuggestions ?? 6).map((t) => (
            <button type="button" class="chip suggestion" key={t} aria-label={`Add tag ${t}`} onClick={() => add(t)}>
              + {t}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
