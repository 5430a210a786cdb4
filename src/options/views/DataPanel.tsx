/** Export, import and storage, side by side; an export or an import refreshes the storage panel's health line. */
import { useState } from 'preact/hooks';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { StoragePanel } from './StoragePanel';

export function DataPanel(props: { refresh: number; onImported: () => void }) {
  const [exported, setExported] = useState(0);
  return (
    <div class="data-panels">
      <ExportPanel onExported={() => setExported((n) => n + 1)} />
      <ImportPanel onImported={props.onImported} />
      <StoragePanel refresh={`${props.refresh}-${exported}`} />
    </div>
  );
}
