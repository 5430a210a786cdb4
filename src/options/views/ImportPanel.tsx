/**
 * Import a file of one kind: a Reel Notes backup, a Hypothesis export or one
 * of Letterboxd's CSV files. The background checks the whole file first; a
 * refusal is shown with its reason and nothing is written.
 */
import { useState } from 'preact/hooks';
import { request } from '../../shared/messages/client';
import type { Replies } from '../../shared/messages/types';

type Kind = 'backup' | 'hypothesis' | 'letterboxd';
type Outcome = { ok: true; counts: Replies['library/import'] } | { ok: false; reason: string } | null;

const KINDS: { kind: Kind; label: string; accept: string }[] = [
  { kind: 'backup', label: 'Reel Notes backup (JSON)', accept: '.json,application/json' },
  { kind: 'hypothesis', label: 'Hypothesis export (JSON)', accept: '.json,application/json' },
  { kind: 'letterboxd', label: 'Letterboxd export (ratings.csv, diary.csv, reviews.csv)', accept: '.csv,text/csv' },
];

export function countsText(c: Replies['library/import']): string {
  const what = [c.pages && `${c.pages} pages`, c.highlights && `${c.highlights} highlights`, c.films && `${c.films} films`].filter(Boolean).join(', ');
  return `Imported ${what || 'nothing'}: ${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged.`;
}

export function ImportPanel(props: { onImported: () => void }) {
  const [kind, setKind] = useState<Kind>('backup');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const accept = KINDS.find((k) => k.kind === kind)!.accept;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      const counts = await request({ type: 'library/import', kind, text: await file.text() });
      setOutcome({ ok: true, counts });
      props.onImported();
    } catch (err) {
      setOutcome({ ok: false, reason: (err as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="panel stack" aria-labelledby="import-heading">
      <h2 id="import-heading">Import</h2>
      <form class="stack" onSubmit={(e) => void submit(e)}>
        <div>
          <label for="import-kind">Kind of file</label>{' '}
          <select id="import-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as Kind)}>
            {KINDS.map((k) => (
              <option value={k.kind} key={k.kind}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="import-file">File to import</label>{' '}
          <input id="import-file" type="file" accept={accept} onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
        </div>
        <button type="submit" class="primary" disabled={!file || busy}>
          {busy ? 'Importing…' : 'Import'}
        </button>
      </form>
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
