/**
 * How much the library takes up, whether the browser may evict it under disk
 * pressure, and its health: what it holds, the last backup, and a reminder
 * when it grew a lot since.
 */
import { useEffect, useState } from 'preact/hooks';
import { request } from '../../platform/messaging';
import type { Replies } from '../../shared/messages/types';
import { bytesLabel } from '../model/format';
import { backupReminder, healthLine } from '../model/health';

export function StoragePanel(props: { refresh: string }) {
  const [estimate, setEstimate] = useState<Replies['storage/estimate'] | null>(null);
  const [health, setHealth] = useState<Replies['library/health'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** What the browser answered when the reader asked it to keep the library. */
  const [asked, setAsked] = useState<'asking' | 'granted' | 'refused' | null>(null);
  const load = () =>
    Promise.all([
      request({ type: 'storage/estimate' }).then(setEstimate),
      request({ type: 'library/health' }).then(setHealth),
    ]).catch((e) => setError((e as Error).message));
  const reminder = health && backupReminder(health);
  useEffect(() => void load(), [props.refresh]);
  const persist = async () => {
    setAsked('asking');
    // The extension's pages share the background's origin, so the grant covers its database.
    const granted = await (navigator.storage?.persist?.() ?? Promise.resolve(false)).catch(() => false);
    setAsked(granted ? 'granted' : 'refused');
    await load();
  };
  return (
    <section class="panel stack" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage</h2>
      {error && <p class="error" role="alert">{error}</p>}
      {health && estimate && (
        <p class="library-health" data-last-backup={health.lastBackup?.at ?? ''}>
          <strong>Library health:</strong> {healthLine(health, estimate.usage)}
        </p>
      )}
      {reminder && (
        <p class="backup-reminder" role="status">
          {reminder}
        </p>
      )}
      {estimate && (
        <dl class="storage">
          <dt>Used</dt>
          <dd data-usage={estimate.usage ?? ''}>
            {bytesLabel(estimate.usage)}
            {estimate.quota !== null ? ` of ${bytesLabel(estimate.quota)} available` : ''}
          </dd>
          <dt>Persistent</dt>
          <dd data-persisted={String(estimate.persisted)}>
            {estimate.persisted === true
              ? 'Yes: the browser will not evict your library to free disk space.'
              : estimate.persisted === false
                ? 'No: under disk pressure the browser could evict it. Export a backup now and then.'
                : 'Unknown in this browser.'}
          </dd>
        </dl>
      )}
      {(estimate?.persisted === false || asked) && (
        <div class="row">
          {estimate?.persisted === false && (
            <button type="button" onClick={() => void persist()} disabled={asked === 'asking'}>
              Ask the browser to keep it
            </button>
          )}
          <p role="status" class={asked === 'refused' ? 'error' : asked === 'granted' ? 'ok' : 'muted'}>
            {asked === 'asking' && 'Asking the browser…'}
            {asked === 'granted' && 'Done: the browser will keep your library even when disk space runs low.'}
            {asked === 'refused' &&
              'The browser said no for now. Browsers grant this to sites and extensions you use often; until then, export a backup now and then.'}
          </p>
        </div>
      )}
    </section>
  );
}
