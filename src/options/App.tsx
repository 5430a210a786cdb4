/**
 * The reader's library: Reviews, Films, People and Highlights views over
 * everything saved, with search, filters, editing, delete with undo, export,
 * import and the storage state.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { activeFilterCount, NO_FILTERS, type Filters } from './model/filters';
import { FilterBar } from './views/FilterBar';
import { plural } from './model/format';
import { buildModel, type LibraryModel } from './model/library-model';
import { parseQuery } from './model/query';
import { search, type SearchHits } from './model/search-index';
import { SearchBox } from './views/SearchBox';
import { panelId, tabId, Tabs, type TabSpec } from './views/Tabs';
import { UndoBar } from './views/UndoBar';
import { useLibrary } from './use-library';
import { useSearchIndex } from './use-search-index';
import { countHighlights, visiblePages, visibleRatings } from './model/visible';
import { SearchContext } from './views/search-context';
import { ReviewsPanel } from './views/ReviewsPanel';
import { FilmsPanel } from './views/FilmsPanel';
import { PeoplePanel } from './views/PeoplePanel';
import { HighlightsPanel } from './views/HighlightsPanel';
import { DataPanel } from './views/DataPanel';
import { CriticsPanel } from './views/CriticsPanel';

/** A search slower than this (ms) runs after the keystroke is painted, with "Searching…" shown meanwhile. */
const SEARCH_BUDGET_MS = 50;

type View = 'reviews' | 'films' | 'people' | 'highlights' | 'critics' | 'data';
const VIEWS: View[] = ['reviews', 'films', 'people', 'highlights', 'critics', 'data'];

function viewFromHash(): View {
  const h = location.hash.slice(1) as View;
  return VIEWS.includes(h) ? h : 'reviews';
}

export function App() {
  const lib = useLibrary();
  const [view, setView] = useState<View>(viewFromHash);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [dataRefresh, setDataRefresh] = useState(0);
  const main = useRef<HTMLElement>(null);
  const typedAt = useRef<number | null>(null);

  const model = useMemo(() => (lib.library ? buildModel(lib.library) : null), [lib.library]);
  const indexFor = useSearchIndex(model);
  const terms = useMemo(() => parseQuery(query), [query]);
  const lastHits = useRef<SearchHits | null>(null);
  /** Whether the last search took longer than a keystroke may (a very large library, a busy machine). */
  const slow = useRef(false);
  const runSearch = (m: LibraryModel, t: string[]): SearchHits => {
    const t0 = performance.now();
    const found = search(m, indexFor(m), t, lastHits.current);
    slow.current = performance.now() - t0 > SEARCH_BUDGET_MS;
    lastHits.current = found;
    return found;
  };
  // While searches are quick, each keystroke's results come with it; once one was slow, the search runs
  // after the keystroke is painted, for the latest query only, and the summary says "Searching…" meanwhile:
  // typing never waits for a search.
  const atOnce = useMemo(() => {
    if (!model || !terms.length) {
      lastHits.current = null;
      return { hits: null };
    }
    return slow.current ? null : { hits: runSearch(model, terms) };
  }, [model, terms]);
  const [late, setLate] = useState<{ terms: string[]; hits: SearchHits } | null>(null);
  useEffect(() => {
    if (atOnce || !model) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setLate({ terms, hits: runSearch(model, terms) }), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [atOnce, model, terms]);
  const searching = !atOnce && !(late && late.terms === terms && late.hits.model === model);
  // While searching, the previous results stay (when they are of this library).
  const hits = atOnce ? atOnce.hits : late?.hits.model === model ? late.hits : null;
  const pages = useMemo(() => (model ? visiblePages(model.pages, hits, filters) : []), [model, hits, filters]);
  const highlightCount = useMemo(() => (model ? countHighlights(model, hits, filters) : 0), [model, hits, filters]);
  const ratingCount = useMemo(() => (model ? visibleRatings(model, hits, filters).length : 0), [model, hits, filters]);

  // When the library first shows (read by the benchmark, test builds only): committed, then the next frame.
  const ready = model !== null;
  useLayoutEffect(() => {
    if (!__TEST_HOOKS__ || !ready || performance.getEntriesByName('reel-library-ready').length) return;
    performance.mark('reel-library-ready');
    requestAnimationFrame(() => setTimeout(() => performance.mark('reel-library-painted'), 0));
  }, [ready]);

  // How long a keystroke took to show its results (read by the benchmark, test builds only).
  useLayoutEffect(() => {
    if (!__TEST_HOOKS__ || typedAt.current === null || searching) return;
    main.current?.setAttribute('data-search-ms', (performance.now() - typedAt.current).toFixed(2));
    typedAt.current = null;
  }, [query, searching]);

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
    { key: 'critics', label: 'You and the critics' },
    { key: 'data', label: 'Export, import, storage' },
  ];
  const filtered = activeFilterCount(filters) > 0;
  const of = (n: number, total: number, noun: string) => (filtered ? `${n.toLocaleString('en')} of ${plural(total, noun)}` : plural(n, noun));
  const summary = searching
    ? 'Searching…'
    : terms.length
    ? `${plural(pages.length, 'page')} and ${plural(highlightCount, 'highlight')}${ratingCount ? ` and ${plural(ratingCount, 'Letterboxd rating')}` : ''} match${lib.pending ? ' so far' : ''}${filtered ? ' the search and filters' : ''}.`
    : `${of(pages.length, model.pages.length, 'page')}, ${of(highlightCount, model.highlights.length, 'highlight')}, ${of(ratingCount, model.ratings.length, 'Letterboxd rating')}${filtered ? ' pass the filters' : ''}.`;

  return (
    <SearchContext.Provider value={hits}>
    <main ref={main} data-ready="true" data-complete={String(!lib.pending)} data-searching={String(searching)}>
      <header class="top">
        <div>
          <h1>Your library</h1>
          <a href="../welcome/index.html" class="small">
            Welcome: how Reel Notes works
          </a>
        </div>
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
            <FilterBar filters={filters} onChange={setFilters} tags={model.tags} sites={model.sites} />
          )}
          {v === view && v === 'reviews' && <ReviewsPanel rows={pages} total={model.pages.length} actions={lib.actions} />}
          {v === view && v === 'films' && <FilmsPanel model={model} pages={pages} hits={hits} filters={filters} actions={lib.actions} />}
          {v === view && v === 'people' && <PeoplePanel model={model} pages={pages} hits={hits} filters={filters} actions={lib.actions} />}
          {v === view && v === 'highlights' && <HighlightsPanel model={model} hits={hits} filters={filters} actions={lib.actions} />}
          {v === view && v === 'critics' && <CriticsPanel pages={pages} />}
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
    </SearchContext.Provider>
  );
}
