/** The side panel's entry: finds the tab it speaks for, then renders. */
import { render } from 'preact';
import { App } from './App';
import { panelPlace } from './follow-tab';

void panelPlace().then((place) => render(<App place={place} />, document.getElementById('app')!));
