import { render } from 'preact';
import { Welcome } from './Welcome';
import { savedShortcut } from './shortcut';

render(<Welcome shortcut={savedShortcut()} />, document.getElementById('app')!);
