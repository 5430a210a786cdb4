/**
 * A half-star rating as a native radio group: arrow keys move between values,
 * screen readers announce "3.5 stars, 7 of 10". A separate button clears it.
 */
import { useId } from 'preact/hooks';

const VALUES = [0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5];

export function StarRating(props: { value: number | null; onChange: (v: number | null) => void; label?: string }) {
  const name = useId();
  const { value, onChange } = props;
  return (
    <fieldset class="stars">
      <legend>{props.label ?? 'Your rating'}</legend>
      <div class="row">
        <span class="star-track">
          {VALUES.map((v) => (
            <label class={`half ${v % 1 ? 'left' : 'right'} ${value !== null && v <= value ? 'on' : ''}`} title={`${v} stars`} key={v}>
              <input
                type="radio"
                class="visually-hidden"
                name={name}
                value={v}
                checked={value === v}
                aria-label={`${v} ${v === 1 ? 'star' : 'stars'}`}
                onChange={() => onChange(v)}
              />
              <span aria-hidden="true">★</span>
            </label>
          ))}
        </span>
        <span aria-hidden="true" class="muted">{value === null ? 'Not rated' : `${value} / 5`}</span>
        <button type="button" onClick={() => onChange(null)} disabled={value === null}>
          Clear rating
        </button>
      </div>
    </fieldset>
  );
}
