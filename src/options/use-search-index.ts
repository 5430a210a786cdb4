/**
 * The folded search text of a model, made once per model: a slice at a time
 * while the reader is idle, at once when a search needs it.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { LibraryModel } from './model/library-model';
import { IndexBuilder, type SearchIndex } from './model/search-index';

export function useSearchIndex(model: LibraryModel | null): (m: LibraryModel) => SearchIndex {
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
