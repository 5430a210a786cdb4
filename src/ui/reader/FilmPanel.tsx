import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CORRECTION_KINDS, type CorrectionFields } from '../../shared/edits/records';
import { localDraft, useAutosave } from '../use-autosave';
import { correctionDraftSummary, sendCorrection, replacedItems } from '../record-edits';
import { DraftOffer, ReplacedNote } from '../EditChoices';
import type { PopupState } from '../../shared/messages/types';
import { effectiveFilm, effectiveIsReview, type FilmCorrection, type PageRecord } from '../../shared/records';
import type { Film } from '../../shared/film/types';
import { castLine, correctionFromForm, formFields, suggestionLabel, suggestions, wikipediaHref, type FilmFormFields, type Suggestion } from './film-form';
import { certaintyInWords } from './certainty';

/**
 * The correction form: every change autosaves (what the form says so far, see
 * correctionFromForm), like everything else the reader types; "Save film"
 * stores what is left and closes, Cancel puts back the correction it opened with.
 */
function EditFilm(props: { film: Film; detected: Film; isReview: boolean; suggestions: Suggestion[]; onDraft: (c: FilmCorrection) => void; onSave: () => Promise<boolean>; onCancel: () => void }) {
  const [form, setForm] = useState<FilmFormFields>(() => formFields(props.film, props.isReview));
  const [error, setError] = useState<string | null>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  useEffect(() => titleInput.current?.focus(), []);
  const update = (patch: Partial<FilmFormFields>) => {
    const next = { ...form, ...patch };
    setForm(next);
    const made = correctionFromForm(props.detected, next);
    if ('correction' in made) props.onDraft(made.correction);
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const made = correctionFromForm(props.detected, form);
    if ('error' in made) return setError(made.error);
    setError(null);
    props.onDraft(made.correction);
    await props.onSave();
  };
  const { title, year, directors, cast, isReview } = form;
  const setTitle = (t: string) => update({ title: t });
  const setYear = (t: string) => update({ year: t });
  const setDirectors = (t: string) => update({ directors: t });
  const setCast = (t: string) => update({ cast: t });
  const setIsReview = (b: boolean) => update({ isReview: b });
  const pick = (s: Suggestion) => update({ title: s.title, year: s.year ? String(s.year) : '', directors: s.directors.join(', '), wikipedia: s.wikipedia });
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
  const drafts = useMemo(() => localDraft(`reel-notes:draft:film:${tab!.pageId}`), [tab!.pageId]);
  const saver = useAutosave<CorrectionFields>({
    synced: { rev: page?.rev ?? 0, values: { correction: page?.correction ?? null } },
    kinds: CORRECTION_KINDS,
    send: sendCorrection({ tabId: tab!.tabId }, props.onChanged),
    drafts,
  });
  const rev = page?.rev ?? 0;
  useEffect(() => {
    if (page) saver.adopt({ rev, values: { correction: page.correction } });
  }, [rev]);
  // What the reader sees is what they typed, stored or on its way.
  const correction = saver.values.correction;
  const failed = saver.state.kind === 'error' ? saver.state.message : null;
  const film = effectiveFilm(detection, correction);
  const isReview = effectiveIsReview(detection, correction);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Back from the form, focus returns to the button that opened it.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const quick = (c: FilmCorrection | null) => {
    saver.set({ correction: c }, true);
  };
  const [opened, setOpened] = useState<FilmCorrection | null>(null);
  const open = () => {
    setOpened(correction);
    setEditing(true);
  };
  const done = async () => {
    const stored = await saver.retry();
    if (stored) setEditing(false);
    return stored;
  };
  const cancel = async () => {
    saver.set({ correction: opened });
    await saver.retry();
    setEditing(false);
  };
  const detected = detection?.film ?? { title: null, year: null, directors: [], cast: [] };

  if (editing) {
    return (
      <section class="film" aria-labelledby="film-heading">
        <h1 id="film-heading">{detection?.isReview || opened?.film ? 'Correct the film' : 'This is a review of…'}</h1>
        <EditFilm
          film={film}
          detected={detected}
          isReview
          suggestions={suggestions(detected, detection?.alternatives)}
          onDraft={(c) => saver.set({ correction: c })}
          onSave={done}
          onCancel={() => void cancel()}
        />
        {failed && <p class="error" role="alert">Not saved: {failed}</p>}
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
        <button type="button" ref={editButton} onClick={open}>{isReview ? 'Edit film' : 'This is a review of…'}</button>
        {isReview && !correction?.film && (
          <button type="button" onClick={() => quick({ isReview: false })}>Not a review</button>
        )}
        {correction && <button type="button" onClick={() => quick(null)}>{detection ? 'Use detected film' : 'Forget my correction'}</button>}
      </div>
      {saver.offer && <DraftOffer what="film correction" preview={correctionDraftSummary(saver.offer)} onRestore={saver.restoreOffer} onDiscard={saver.discardOffer} />}
      <ReplacedNote items={replacedItems(saver.replaced)} />
      {failed && <p class="error" role="alert">Not saved: {failed}</p>}
    </section>
  );
}
