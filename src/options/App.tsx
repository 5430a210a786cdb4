/**
 * The reader's library: Reviews, Films, People and Highlights views over
 * everything saved, with search, filters, editing, delete with undo, export,
 * import and the storage state.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { NO_FILTERS, PAGE_SORTS, sortPages, type Filters, type PageSort } from './filters';
import { FilterBar } from './FilterBar';
import { plural } from './format';
import { buildModel, type LibraryModel } from './library-model';
import { parseQuery } from './query';
import { IndexBuilder, search, type SearchHits, type SearchIndex } from './search-index';
import { SearchBox } from './SearchBox';
import { panelId, tabId, Tabs, type TabSpec } from './Tabs';
import { UndoBar } from './UndoBar';
import { useLibrary } from './use-library';
import { countHighlights, visiblePages, type HighlightSort } from './visible';
import { ReviewsView } from './ReviewsView';
import { FilmsPanel } from './FilmsPanel';
import { PeoplePanel } from './PeoplePanel';
import { HighlightsPanel } from './HighlightsPanel';
import { DataPanel } from './DataPanel';

type View = 'reviews' | 'films' | 'people' | 'highlights' | 'data';
const VIEWS: View[] = ['reviews', 'films', 'people', 'highlights', 'data'];

function viewFromHash(): View {
  const h = location.hash.slice(1) as View;
  return VIEWS.includes(h) ? h : 'reviews';
}

/** The folded search text of a model, made once per model: a slice at a time while the reader is idle, at once when a search needs it. */
function useSearchIndex(model: LibraryModel | null) {
  const builder = useRef<IndexBuilder | null>(null);
  const builderFor = (m: LibraryModel) => {
    if (builder.current?.model !== m) builder.current = new IndexBuilder(m);
    return builder.current;
  };
  useEffect(() => {
    if (!model) return;
    const b = builderFor(model);
    const idle = globalThis.requestIdleCallback ?? ((fn: (d: IdleDeadline) => void) => setTimeout(() => fn({ timeRemaining: () => 8, didTimeout: false }), 50));
    const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
    let handle = 0;
    const work = (deadline: IdleDeadline) => {
      if (!b.step(() => deadline.timeRemaining() < 2)) handle = idle(work) as number;
    };
    handle = idle(work) as number;
    return () => cancel(handle);
  }, [model]);
  return (m: LibraryModel): SearchIndex => builderFor(m).finish();
}

export function App() {
  const lib = useLibrary();
  const [view, setView] = useState<View>(viewFromHash);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [pageSort, setPageSort] = useState<PageSort>('updated');
  const [highlightSort, setHighlightSort] = useState<HighlightSort>('new');
  const [dataRefresh, setDataRefresh] = useState(0);
  const main = useRef<HTMLElement>(null);
  const typedAt = useRef<number | null>(null);

  const model = useMemo(() => (lib.library ? buildModel(lib.library) : null), [lib.library]);
  const indexFor = useSearchIndex(model);
  const terms = useMemo(() => parseQuery(query), [query]);
  const lastHits = useRef<SearchHits | null>(null);
  const hits = useMemo(() => {
    const found = model && terms.length ? search(model, indexFor(model), terms, lastHits.current) : null;
    lastHits.current = found;
    return found;
  }, [model, terms]);
  const sorted = useMemo(() => (model ? sortPages(model.pages, pageSort) : []), [model, pageSort]);
  const pages = useMemo(() => visiblePages(sorted, hits, filters), [sorted, hits, filters]);
  const highlightCount = useMemo(() => (model ? countHighlights(model, hits, filters) : 0), [model, hits, filters]);

  // When the library first shows (read by the benchmark): committed, then the next frame.
  const ready = model !== null;
  useLayoutEffect(() => {
    if (!ready || performance.getEntriesByName('reel-library-ready').length) return;
    performance.mark('reel-library-ready');
    requestAnimationFrame(() => setTimeout(() => performance.mark('reel-library-painted'), 0));
  }, [ready]);

  // How long a keystroke took to show its results (read by the benchmark).
  useLayoutEffect(() => {
    if (typedAt.current === null) return;
    main.current?.setAttribute('data-search-ms', (performance.now() - typedAt.current).toFixed(2));
    typedAt.current = null;
  }, [query]);

  const select = (v: View) => {
    setView(v);
    history.replaceState(null, '', `#${v}`);
  };

  if (lib.loadError) {
    return (
      <main>
        <h1>Your library</h1>
        <p class="error" role="alert">
          The library could not be read: {lib.loadError}
        </p>
        <button type="button" onClick={lib.reload}>
          Try again
        </button>
      </main>
    );
  }
  if (!model) {
    return (
      <main aria-busy="true">
        <h1>Your library</h1>
        <p class="muted">Loading…</p>
      </main>
    );
  }

  const tabs: TabSpec<View>[] = [
    { key: 'reviews', label: 'Reviews', count: pages.length },
    { key: 'films', label: 'Films' },
    { key: 'people', label: 'People' },
    { key: 'highlights', label: 'Highlights', count: highlightCount },
    { key: 'data', label: 'Export, import, storage' },
  ];
  const summary = terms.length
    ? `${plural(pages.length, 'page')} and ${plural(highlightCount, 'highlight')} match${lib.pending ? ' so far' : ''}.`
    : `${plural(model.pages.length, 'page')}, ${plural(model.highlights.length, 'highlight')}, ${plural(model.ratings.length, 'Letterboxd rating')}.`;

  return (
    <main ref={main} data-ready="true" data-complete={String(!lib.pending)}>
      <header class="top">
        <h1>Your library</h1>
        <SearchBox
          value={query}
          summary={summary}
          onInput={(q) => {
            typedAt.current = performance.now();
            setQuery(q);
          }}
        />
      </header>
      <Tabs tabs={tabs} current={view} onSelect={select} />
      {lib.pending && (
        <p class="muted loading" role="status">
          Showing the {plural(model.pages.length, 'most recently changed page')}; loading the rest for search, films and people…
        </p>
      )}
      {lib.actionError && (
        <p class="error" role="alert">
          {lib.actionError}{' '}
          <button type="button" onClick={lib.dismissError}>
            Dismiss
          </button>
        </p>
      )}
      {VIEWS.map((v) => (
        <section role="tabpanel" id={panelId(v)} aria-labelledby={tabId(v)} hidden={v !== view} key={v} tabIndex={0} class="view">
          {v === view && v !== 'data' && (
            <FilterBar filters={filters} onChange={setFilters} tags={model.tags} sites={model.sites}>
              {v === 'reviews' && (
                <label class="sort">
                  Sort{' '}
                  <select value={pageSort} onChange={(e) => setPageSort(e.currentTarget.value as PageSort)}>
                    {PAGE_SORTS.map((s) => (
                      <option value={s.value} key={s.value}>
                        {s.label}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              {v === 'highlights' && (
                <label class="sort">
                  Sort{' '}
                  <select value={highlightSort} onChange={(e) => setHighlightSort(e.currentTarget.value as HighlightSort)}>
                    <option value="new">Newest first</option>
                    <option value="old">Oldest first</option>
                  </select>
                </label>
              )}
            </FilterBar>
          )}
          {v === view && v === 'reviews' && <ReviewsView rows={pages} total={model.pages.length} actions={lib.actions} />}
          {v === view && v === 'films' && <FilmsPanel model={model} pages={pages} hits={hits} filters={filters} actions={lib.actions} />}
          {v === view && v === 'people' && <PeoplePanel model={model} pages={pages} hits={hits} terms={terms} filters={filters} actions={lib.actions} />}
          {v === view && v === 'highlights' && <HighlightsPanel model={model} hits={hits} filters={filters} sort={highlightSort} actions={lib.actions} />}
          {v === 'data' && (
            <DataPanel
              refresh={dataRefresh}
              onImported={() => {
                lib.reload();
                setDataRefresh((n) => n + 1);
              }}
            />
          )}
        </section>
      ))}
      <UndoBar offer={lib.undo} onDone={lib.clearUndo} />
    </main>
  );
}
