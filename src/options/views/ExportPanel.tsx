/**
 * Export buttons for the four formats; each downloads a file, written here
 * from the page's own reads of the library (../export-file.ts). A backup is
 * remembered by the background for the storage panel's health line.
 */
import { useState } from 'preact/hooks';
import { request } from '../../platform/messaging';
import { downloadBlob } from '../download';
import { exportFile, type Format } from '../export-file';
import { bytesLabel } from '../model/format';

const FORMATS: { format: Format; label: string; hint: string }[] = [
  { format: 'backup', label: 'Backup (JSON)', hint: 'Everything, to import here again.' },
  { format: 'web-annotation', label: 'Web Annotations (JSON-LD)', hint: 'Your highlights as a W3C AnnotationCollection.' },
  { format: 'markdown', label: 'Markdown', hint: 'One section per film: rating, notes, passages.' },
  { format: 'letterboxd', label: 'Letterboxd CSV', hint: 'For Letterboxd’s importer.' },
];

export function ExportPanel(props: { onExported: () => void }) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async (format: Format) => {
    setStatus({ ok: true, text: 'Preparing the file…' });
    try {
      const file = await exportFile(format);
      downloadBlob(file.filename, file.blob);
      setStatus({ ok: true, text: `Saved ${file.filename} (${bytesLabel(file.blob.size)}).` });
      if (format === 'backup') {
        // The file is saved whatever happens here: the mark only feeds the reminder.
        await request({ type: 'library/exported', ...file.counts, bytes: file.blob.size }).catch(() => undefined);
        props.onExported();
      }
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
