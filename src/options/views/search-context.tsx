/**
 * The current search, for the components that mark matched words and say why
 * something matched, without passing it through every view.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { SearchHits } from '../model/search-index';
import { matchRanges, type Needle } from '../model/needles';

export const SearchContext = createContext<SearchHits | null>(null);

export const useSearch = () => useContext(SearchContext);

const NONE: readonly Needle[] = [];
export const useNeedles = () => useContext(SearchContext)?.needles ?? NONE;

/** Text with the searched words marked. */
export function Marked(props: { text: string }) {
  const needles = useNeedles();
  return <>{markText(props.text, needles)}</>;
}

export function markText(text: string, needles: readonly Needle[]) {
  const ranges = matchRanges(text, needles);
  if (!ranges.length) return text;
  const out = [];
  let last = 0;
  for (const [a, b] of ranges) {
    if (a > last) out.push(text.slice(last, a));
    out.push(<mark key={a}>{text.slice(a, b)}</mark>);
    last = b;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** "Matched: cast: Scarlett Johanssen · in the note", when searching. */
export function Why(props: { reasons: string[] }) {
  if (!props.reasons.length) return null;
  return <p class="why small">Matched {props.reasons.join(' · ')}</p>;
}
