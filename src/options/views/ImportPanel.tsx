/**
 * Import a file of one kind: a Reel Notes backup, a Hypothesis export or API
 * result, W3C Web Annotations, or Letterboxd's export (the ZIP or one CSV).
 * Choosing a file shows what importing it would add, change and skip before
 * anything is written. The background checks the whole file first; a
 * refusal is shown with its reason and nothing is written.
 */
import { useRef, useState } from 'preact/hooks';
import type { Replies } from '../../shared/messages/types';
import { IMPORT_LIMIT_TEXT, importChosenFile } from '../read-import';

export type ImportKind = 'backup' | 'hypothesis' | 'letterboxd' | 'web-annotation';
type Kind = ImportKind;
type Outcome = { ok: true; counts: Replies['library/import'] } | { ok: false; reason: string } | null;

const KINDS: { kind: Kind; label: string; accept: string }[] = [
  { kind: 'backup', label: 'Reel Notes backup (JSON)', accept: '.json,application/json' },
  { kind: 'hypothesis', label: 'Hypothesis export or API search result (JSON)', accept: '.json,application/json' },
  { kind: 'web-annotation', label: 'W3C Web Annotations (JSON-LD)', accept: '.json,.jsonld,application/json,application/ld+json' },
  { kind: 'letterboxd', label: 'Letterboxd export (the ZIP, or one of its CSV files)', accept: '.zip,.csv,text/csv,application/zip' },
];

/** What was skipped, in words. */
function skippedText(c: Replies['library/import']): string {
  const s = c.skipped ?? [];
  return s.length ? ` Skipped: ${s.map((x) => `${x.what} (${x.count}, ${x.reason})`).join('; ')}.` : '';
}

export function previewText(c: Replies['library/import']): string {
  const what = [c.pages && `${c.pages} pages`, c.highlights && `${c.highlights} highlights`, c.films && `${c.films} films`].filter(Boolean).join(', ');
  const watches = c.watches ? `, ${c.watches} watches added to diaries` : '';
  return `This file holds ${what || 'nothing to import'}: importing it would add ${c.added}, change ${c.updated}, leave ${c.unchanged} as they are${watches}.${skippedText(c)}`;
}

export function countsText(c: Replies['library/import']): string {
  const what = [c.pages && `${c.pages} pages`, c.highlights && `${c.highlights} highlights`, c.films && `${c.films} films`].filter(Boolean).join(', ');
  const watches = c.watches ? ` ${c.watches} watches added to diaries.` : '';
  return `Imported ${what || 'nothing'}: ${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged.${watches}${skippedText(c)}`;
}

export function ImportPanel(props: { onImported: () => void }) {
  const [kind, setKind] = useState<Kind>('backup');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [preview, setPreview] = useState<Outcome>(null);
  /** How much of a large file has been sent, while it is sent. */
  const [progress, setProgress] = useState<string | null>(null);
  const onProgress = (sent: number, size: number) => {
    if (size > 8e6) setProgress(`Reading the file: ${Math.min(100, Math.round((100 * sent) / size))}%…`);
  };
  const accept = KINDS.find((k) => k.kind === kind)!.accept;
  /** Each preview and import is a run; one started later ends an earlier one (the background takes one upload at a time). */
  const runs = useRef(0);
  const showPreview = async (k: Kind, f: File | null) => {
    const run = ++runs.current;
    setPreview(null);
    if (!f) return;
    const current = (fn: () => void) => run === runs.current && fn();
    try {
      const counts = await importChosenFile(k, f, { preview: true, onProgress: (sent, size) => current(() => onProgress(sent, size)) });
      current(() => setPreview({ ok: true, counts }));
    } catch (err) {
      current(() => setPreview({ ok: false, reason: (err as Error).message }));
    } finally {
      current(() => setProgress(null));
    }
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!file) return;
    ++runs.current;
    setPreview(null);
    setBusy(true);
    setOutcome(null);
    try {
      const counts = await importChosenFile(kind, file, { onProgress });
      setOutcome({ ok: true, counts });
      setPreview(null);
      props.onImported();
    } catch (err) {
      setOutcome({ ok: false, reason: (err as Error).message });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };
  return (
    <section class="panel stack" aria-labelledby="import-heading">
      <h2 id="import-heading">Import</h2>
      <form class="stack" onSubmit={(e) => void submit(e)}>
        <div>
          <label for="import-kind">Kind of file</label>{' '}
          <select id="import-kind" value={kind} onChange={(e) => {
              const k = e.currentTarget.value as Kind;
              setKind(k);
              void showPreview(k, file);
            }}>
            {KINDS.map((k) => (
              <option value={k.kind} key={k.kind}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="import-file">File to import</label> <span class="muted small">({IMPORT_LIMIT_TEXT})</span>{' '}
          <input id="import-file" type="file" accept={accept} onChange={(e) => {
              const f = e.currentTarget.files?.[0] ?? null;
              setFile(f);
              setOutcome(null);
              void showPreview(kind, f);
            }}
          />
        </div>
        <button type="submit" class="primary" disabled={!file || busy}>
          {busy ? 'Importing…' : 'Import'}
        </button>
      </form>
      {progress && (
        <p role="status" class="muted import-progress">
          {progress}
        </p>
      )}
      {preview && !outcome && (
        <p role="status" class="muted import-preview">
          {preview.ok ? previewText(preview.counts) : `This file cannot be imported: ${preview.reason}`}
        </p>
      )}
      {outcome?.ok === true && (
        <p role="status" class="ok import-result">
          {countsText(outcome.counts)}
        </p>
      )}
      {outcome?.ok === false && (
        <p role="alert" class="error import-result">
          Nothing was imported: {outcome.reason}
        </p>
      )}
    </section>
  );
}
