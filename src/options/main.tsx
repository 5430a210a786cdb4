import { render } from 'preact';
import { App } from './App';
import { prefetchFirstScreen } from './use-library';
import { exportFile, type Format } from './export-file';

prefetchFirstScreen();

// Test builds only: the tests read an export's text as the reader's download would have it.
if (__TEST_HOOKS__) (globalThis as { __reelExport?: unknown }).__reelExport = (format: Format) => exportFile(format).then((f) => f.blob.text());

render(<App />, document.getElementById('app')!);
