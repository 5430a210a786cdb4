/** Export buttons for the four formats; each downloads a file. */
import { useState } from 'preact/hooks';
import { request } from '../../platform/messaging';
import { downloadText } from '../download';

type Format = 'backup' | 'web-annotation' | 'markdown' | 'letterboxd';

const FORMATS: { format: Format; label: string; hint: string }[] = [
  { format: 'backup', label: 'Backup (JSON)', hint: 'Everything, to import here again.' },
  { format: 'web-annotation', label: 'Web Annotations (JSON-LD)', hint: 'Your highlights as a W3C AnnotationCollection.' },
  { format: 'markdown', label: 'Markdown', hint: 'One section per film: rating, notes, passages.' },
  { format: 'letterboxd', label: 'Letterboxd CSV', hint: 'For Letterboxd’s importer.' },
];

export function ExportPanel() {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async (format: Format) => {
    setStatus({ ok: true, text: 'Preparing the file…' });
    try {
      const file = await request({ type: 'library/export', format });
      downloadText(file.filename, file.mime, file.text);
      setStatus({ ok: true, text: `Saved ${file.filename}.` });
    } catch (e) {
      setStatus({ ok: false, text: `Export failed: ${(e as Error).message}` });
    }
  };
  return (
    <section class="panel stack" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <ul class="plain stack">
        {FORMATS.map((f) => (
          <li key={f.format} class="row">
            <button type="button" onClick={() => void run(f.format)} data-format={f.format}>
              Export {f.label}
            </button>
            <span class="muted">{f.hint}</span>
          </li>
        ))}
      </ul>
      <p role={status && !status.ok ? 'alert' : 'status'} class={status && !status.ok ? 'error' : 'muted'}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}
