/**
 * The views as an ARIA tablist: arrow keys, Home and End move between tabs
 * (and show them), Tab moves into the panel.
 */
import { useRef } from 'preact/hooks';

export interface TabSpec<K extends string> {
  key: K;
  label: string;
  count?: number;
}

export const tabId = (key: string) => `tab-${key}`;
export const panelId = (key: string) => `panel-${key}`;

export function Tabs<K extends string>(props: { tabs: TabSpec<K>[]; current: K; onSelect: (key: K) => void }) {
  const list = useRef<HTMLDivElement>(null);
  const move = (e: KeyboardEvent) => {
    const i = props.tabs.findIndex((t) => t.key === props.current);
    const n = props.tabs.length;
    const next = { ArrowRight: (i + 1) % n, ArrowLeft: (i - 1 + n) % n, Home: 0, End: n - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const key = props.tabs[next].key;
    props.onSelect(key);
    list.current?.querySelector<HTMLElement>(`#${tabId(key)}`)?.focus();
  };
  return (
    <div role="tablist" aria-label="Library views" class="tabs" ref={list} onKeyDown={move}>
      {props.tabs.map((t) => {
        const selected = t.key === props.current;
        return (
          <button
            type="button"
            role="tab"
            id={tabId(t.key)}
            key={t.key}
            aria-selected={selected}
            aria-controls={panelId(t.key)}
            tabIndex={selected ? 0 : -1}
            onClick={() => props.onSelect(t.key)}
          >
            {t.label}
            {t.count !== undefined && <span class="count"> {t.count.toLocaleString('en')}</span>}
          </button>
        );
      })}
    </div>
  );
}
