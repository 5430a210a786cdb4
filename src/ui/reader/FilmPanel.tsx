import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../../platform/messaging';
import type { PopupState } from '../../shared/messages/types';
import { effectiveFilm, effectiveIsReview, type FilmCorrection, type PageRecord } from '../../shared/records';
import type { Film } from '../../shared/film/types';
import { castLine, castText, changedFields, parseCast, suggestionLabel, suggestions, wikipediaHref, type Suggestion } from './film-form';
import { certaintyInWords } from './certainty';

function EditFilm(props: { film: Film; detected: Film; isReview: boolean; suggestions: Suggestion[]; onSave: (c: FilmCorrection) => Promise<void>; onCancel: () => void }) {
  const [title, setTitle] = useState(props.film.title ?? '');
  const [wikipedia, setWikipedia] = useState(props.film.wikipedia);
  const [year, setYear] = useState(props.film.year ? String(props.film.year) : '');
  const [directors, setDirectors] = useState(props.film.directors.join(', '));
  const [cast, setCast] = useState(castText(props.film.cast));
  const [isReview, setIsReview] = useState(props.isReview);
  const [error, setError] = useState<string | null>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  useEffect(() => titleInput.current?.focus(), []);
  const submit = async (e: Event) => {
    e.preventDefault();
    const y = year.trim() ? Number(year) : null;
    if (y !== null && (!Number.isInteger(y) || y < 1870 || y > 2200)) return setError('Year must be a year such as 2013.');
    const edited: Film = { title: title.trim() || null, year: y, directors: directors.split(',').map((d) => d.trim()).filter(Boolean), cast: parseCast(cast), wikipedia };
    const film = changedFields(props.detected, edited);
    try {
      await props.onSave(Object.keys(film).length ? { isReview, film } : { isReview });
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const pick = (s: Suggestion) => {
    setTitle(s.title);
    setYear(s.year ? String(s.year) : '');
    setDirectors(s.directors.join(', '));
    setWikipedia(s.wikipedia);
  };
  return (
    <form class="stack" onSubmit={submit} aria-label="Correct the film">
      {props.suggestions.length > 0 && (
        <fieldset class="suggestions">
          <legend>Best guesses</legend>
          {props.suggestions.map((s, i) => (
            <button type="button" key={i} class="suggestion" onClick={() => pick(s)}>{suggestionLabel(s)}</button>
          ))}
        </fieldset>
      )}
      <label class="check">
        <input type="checkbox" checked={isReview} onChange={(e) => setIsReview(e.currentTarget.checked)} /> This page is a film review
      </label>
      <div><label for="film-title">Title</label><input id="film-title" value={title} ref={titleInput} onInput={(e) => setTitle(e.currentTarget.value)} /></div>
      <div><label for="film-year">Year</label><input id="film-year" inputMode="numeric" value={year} onInput={(e) => setYear(e.currentTarget.value)} /></div>
      <div><label for="film-directors">Directors</label><input id="film-directors" value={directors} onInput={(e) => setDirectors(e.currentTarget.value)} /></div>
      <div>
        <label for="film-cast">Cast</label>
        <textarea id="film-cast" rows={4} aria-describedby="cast-help" value={cast} onInput={(e) => setCast(e.currentTarget.value)} />
        <div id="cast-help" class="muted small">One per line: Actor as Character (voice)</div>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      <div class="row">
        <button class="primary" type="submit">Save film</button>
        <button type="button" onClick={props.onCancel}>Cancel</button>
      </div>
    </form>
  );
}

/** The film as detected (or as the reader corrected it), with the evidence that decided. */
export function FilmPanel(props: { state: PopupState; onChanged: (page: PageRecord) => void }) {
  const { tab, page } = props.state;
  const detection = tab?.detection ?? page?.detection ?? null;
  const correction = page?.correction ?? null;
  const film = effectiveFilm(detection, correction);
  const isReview = effectiveIsReview(detection, correction);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Back from the form, focus returns to the button that opened it.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const save = async (c: FilmCorrection | null) => {
    const { page: next } = await request({ type: 'film/correct', target: { tabId: tab!.tabId }, correction: c });
    props.onChanged(next);
    setEditing(false);
  };
  const quick = (c: FilmCorrection | null) => {
    setError(null);
    save(c).catch((e) => setError(`Not saved: ${(e as Error).message}`));
  };
  const detected = detection?.film ?? { title: null, year: null, directors: [], cast: [] };

  if (editing) {
    return (
      <section class="film" aria-labelledby="film-heading">
        <h1 id="film-heading">{detection?.isReview || correction?.film ? 'Correct the film' : 'This is a review of…'}</h1>
        <EditFilm film={film} detected={detected} isReview suggestions={suggestions(detected, detection?.alternatives)} onSave={save} onCancel={() => setEditing(false)} />
      </section>
    );
  }

  return (
    <section class="film stack" aria-labelledby="film-heading">
      {isReview ? (
        <h1 id="film-heading" class="film-title">
          {film.title ?? 'Untitled film'} {film.year ? <span class="muted">({film.year})</span> : null}
        </h1>
      ) : (
        <h1 id="film-heading">{detection ? 'Not a film review' : 'No film review found'}</h1>
      )}
      {isReview && film.directors.length > 0 && <p class="directors">Directed by {film.directors.join(', ')}</p>}
      {isReview && film.wikipedia && (
        <p class="small"><a href={wikipediaHref(film.wikipedia)} target="_blank" rel="noopener noreferrer">{film.title ?? 'The film'} on Wikipedia</a></p>
      )}
      {isReview && film.cast.length > 0 && (
        <ul class="cast plain" aria-label="Cast">
          {film.cast.map((c, i) => <li key={i}>{castLine(c)}</li>)}
        </ul>
      )}
      {detection && detection.signals.length > 0 ? (
        <details class="signals">
          <summary>{certaintyInWords(detection, correction)}</summary>
          <ul aria-label="Evidence">{detection.signals.map((s, i) => <li key={i}>{s}</li>)}</ul>
        </details>
      ) : (
        <p class="signals muted">{certaintyInWords(detection, correction)}</p>
      )}
      <div class="row">
        <button type="button" ref={editButton} onClick={() => setEditing(true)}>{isReview ? 'Edit film' : 'This is a review of…'}</button>
        {isReview && !correction?.film && (
          <button type="button" onClick={() => quick({ isReview: false })}>Not a review</button>
        )}
        {correction && <button type="button" onClick={() => quick(null)}>{detection ? 'Use detected film' : 'Forget my correction'}</button>}
      </div>
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
