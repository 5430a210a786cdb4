import { render } from 'preact';
import { App } from './App';
import { prefetchFirstScreen } from './use-library';

prefetchFirstScreen();

render(<App />, document.getElementById('app')!);
