/**
 * The first-run page (opened on install, linked from the library and the
 * popup): what Reel Notes does, where to try it, the shortcut as the browser
 * has it now, pinning the toolbar button, and the privacy promise.
 */
import { useEffect, useState } from 'preact/hooks';
import { LibraryPicture, PanelPicture, SelectPicture } from './Pictures';

/** The demo review `npm start` serves (the extension itself carries no web page). */
export const DEMO_URL = 'http://127.0.0.1:8420/demo/her-review.html';

const isFirefox = typeof navigator !== 'undefined' && /firefox/i.test(navigator.userAgent);

function Keys(props: { shortcut: string }) {
  const keys = props.shortcut.split('+');
  return <>{keys.map((k, i) => <>{i > 0 && '+'}<kbd>{k}</kbd></>)}</>;
}

export function Welcome(props: { shortcut: Promise<string | null> }) {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  useEffect(() => void props.shortcut.then(setShortcut), []);
  return (
    <main class="welcome" data-ready={shortcut !== undefined ? 'true' : undefined}>
      <h1>Welcome to Reel Notes</h1>
      <p>Reel Notes keeps your own diary of the films you read about: your rating and notes for each review, and the passages you want to keep.</p>

      <ol class="steps" aria-label="How it works">
        <li>
          <figure>
            <SelectPicture />
            <figcaption><strong>1. Read a review.</strong> The toolbar button shows ★ when the page is a film review. Select a passage and choose “Save highlight”.</figcaption>
          </figure>
        </li>
        <li>
          <figure>
            <PanelPicture />
            <figcaption><strong>2. Keep your side.</strong> Rate the film, tag it and write a note in the popup or the side panel, beside the review.</figcaption>
          </figure>
        </li>
        <li>
          <figure>
            <LibraryPicture />
            <figcaption><strong>3. Find it again.</strong> Your library lists every review, film, person and passage. Highlights come back on your next visit.</figcaption>
          </figure>
        </li>
      </ol>

      <section aria-labelledby="try-heading">
        <h2 id="try-heading">Try it</h2>
        <p>
          Open the <a href={DEMO_URL} target="_blank" rel="noopener">demo review of <cite>Her</cite></a> (served by <code>npm start</code>), or any film review on a blog or a magazine.
        </p>
        <p id="shortcut">
          {shortcut === undefined ? (
            'Reading your keyboard shortcut…'
          ) : shortcut ? (
            <>Save the selected passage from the keyboard with <Keys shortcut={shortcut} />.</>
          ) : shortcut === '' ? (
            'Saving a passage has no keyboard shortcut now; you can set one in the browser’s extension shortcuts.'
          ) : (
            'Save the selected passage with the “Save highlight” button or the context menu.'
          )}
        </p>
        <p>The badge on the toolbar button: ★ on a film review; another colour and a count when saved passages were not found on the page.</p>
      </section>

      <section aria-labelledby="pin-heading">
        <h2 id="pin-heading">Pin the toolbar button</h2>
        <p>
          {isFirefox
            ? 'Click the Extensions button (the puzzle piece) in the toolbar, open the menu next to Reel Notes and choose “Pin to Toolbar”.'
            : 'Click the Extensions button (the puzzle piece) in the toolbar, then the pin next to Reel Notes.'}
        </p>
      </section>

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Your notes stay yours</h2>
        <p>
          Everything you write is stored in this browser only. Reel Notes makes no network call and has no server: nothing leaves your computer unless you export it.
          Your notes and ratings are shown only in the extension’s own pages (popup, side panel, library), never inside the web page you read.
        </p>
      </section>
      <p><a href="../options/index.html">Open your library</a></p>
    </main>
  );
}
