import { useState } from 'preact/hooks';
import { request } from '../shared/messages/client';
import { emptyEntry, type PageRecord, type ReaderEntry } from '../shared/records';
import { StarRating } from '../ui/StarRating';
import { Markdown } from '../ui/markdown';
import { SaveStatus } from '../ui/SaveStatus';
import { useAutosave } from '../ui/use-autosave';

export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  for (const raw of text.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    if (tag && ![...seen].some((t) => t.toLowerCase() === tag.toLowerCase())) seen.add(tag);
  }
  return [...seen];
}

/** The reader's diary entry for this page's film; every change autosaves. */
export function EntryForm(props: { tabId: number; entry: ReaderEntry | null; knownTags: string[]; onSaved: (p: PageRecord) => void }) {
  const [entry, setEntry] = useState<ReaderEntry>(props.entry ?? emptyEntry());
  const [tagText, setTagText] = useState((props.entry?.tags ?? []).join(', '));
  const [preview, setPreview] = useState(false);
  const saver = useAutosave<ReaderEntry>(async (value) => {
    const { page } = await request({ type: 'entry/update', target: { tabId: props.tabId }, patch: value });
    props.onSaved(page);
  });

  const change = (patch: Partial<ReaderEntry>, immediate: boolean) => {
    const next = { ...entry, ...patch };
    setEntry(next);
    saver.schedule(next, immediate);
  };

  return (
    <section class="entry stack" aria-labelledby="entry-heading">
      <h2 id="entry-heading">Your entry</h2>
      <StarRating value={entry.rating} onChange={(rating) => change({ rating }, true)} />
      <div class="row">
        <label class="check">
          <input type="checkbox" checked={entry.liked} onChange={(e) => change({ liked: e.currentTarget.checked }, true)} /> Liked
        </label>
        <label class="check">
          <input type="checkbox" checked={entry.rewatch} onChange={(e) => change({ rewatch: e.currentTarget.checked }, true)} /> Rewatch
        </label>
        <label>
          Watched{' '}
          <input type="date" value={entry.watchedDate ?? ''} onChange={(e) => change({ watchedDate: e.currentTarget.value || null }, true)} />
        </label>
      </div>
      <div>
        <label for="tags">Tags</label>
        <input
          id="tags"
          list="known-tags"
          value={tagText}
          aria-describedby="tags-help"
          onInput={(e) => {
            setTagText(e.currentTarget.value);
            change({ tags: parseTags(e.currentTarget.value) }, false);
          }}
        />
        <datalist id="known-tags">
          {props.knownTags.filter((t) => !entry.tags.includes(t)).map((t) => <option value={t} key={t} />)}
        </datalist>
        <div id="tags-help" class="muted small">Separate tags with commas.</div>
      </div>
      <div>
        <div class="row spread">
          <label for="note">Note</label>
          <button type="button" aria-pressed={preview} onClick={() => setPreview(!preview)}>
            {preview ? 'Edit' : 'Preview'}
          </button>
        </div>
        {preview ? (
          <div class="preview" aria-label="Note preview"><Markdown source={entry.note} /></div>
        ) : (
          <textarea id="note" rows={5} value={entry.note} onInput={(e) => change({ note: e.currentTarget.value }, false)} />
        )}
      </div>
      <SaveStatus state={saver.state} onRetry={() => void saver.retry()} />
    </section>
  );
}
