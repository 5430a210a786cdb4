import { useEffect, useState } from 'preact/hooks';
import { request } from '../shared/messages/client';
import type { Library } from '../shared/messages/types';
import { effectiveFilm } from '../shared/records';

/** The reader's library: every saved page with its film, rating and note. */
export function App() {
  const [library, setLibrary] = useState<Library | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    request({ type: 'library/list' }).then(setLibrary, (e) => setError((e as Error).message));
  }, []);
  if (error) return <main><p class="error" role="alert">{error}</p></main>;
  if (!library) return <main aria-busy="true"><p class="muted">Loading…</p></main>;
  const counts = new Map<string, number>();
  for (const h of library.highlights) counts.set(h.pageId, (counts.get(h.pageId) ?? 0) + 1);
  return (
    <main data-ready="true">
      <h1>Your library</h1>
      {library.pages.length === 0 ? (
        <p class="muted">Nothing saved yet. Rate a film or save a highlight on a review to start.</p>
      ) : (
        <table class="pages">
          <caption class="visually-hidden">Saved pages</caption>
          <thead>
            <tr><th scope="col">Film</th><th scope="col">Page</th><th scope="col">Rating</th><th scope="col">Note</th><th scope="col">Highlights</th></tr>
          </thead>
          <tbody>
            {library.pages.map((p) => {
              const film = effectiveFilm(p.detection, p.correction);
              return (
                <tr key={p.id} data-page-id={p.id}>
                  <td class="film">{film.title ?? '—'}{film.year ? ` (${film.year})` : ''}</td>
                  <td><a href={p.url} target="_blank" rel="noopener noreferrer">{p.postTitle || p.url}</a> <span class="muted">{p.site}</span></td>
                  <td class="rating">{p.entry.rating === null ? '—' : `${p.entry.rating} / 5`}</td>
                  <td class="note">{p.entry.note}</td>
                  <td>{counts.get(p.id) ?? 0}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </main>
  );
}
