/** Export, import and storage, side by side. */
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { StoragePanel } from './StoragePanel';

export function DataPanel(props: { refresh: number; onImported: () => void }) {
  return (
    <div class="data-panels">
      <ExportPanel />
      <ImportPanel onImported={props.onImported} />
      <StoragePanel refresh={props.refresh} />
    </div>
  );
}
