/**
 * How fast the popup shows its content, in Chromium with the built extension:
 * the demo review with 50 saved highlights (created from the content-script
 * world with `highlight/create`, as the in-page button does, then placed by a
 * reload), and the popup page opened ~15 times. Each open is timed from its
 * navigation start to the moment its content, with the 50 highlights, was on
 * screen: the popup marks `reel-notes:popup-ready` in an effect, which preact
 * runs after the browser painted the render (see src/popup/App.tsx).
 * Prints the median: `bench: popup-open-50-highlights = 42.1 ms`.
 *
 *   npx vite build && npx tsx bench/popup.ts
 */
import { launch, tabIdOf } from '../tests/browser/chromium';
import { startServer } from '../tests/browser/server';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const HIGHLIGHTS = 50;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const server = await startServer();
const l = await launch();
try {
  const page = await l.context.newPage();
  const url = server.url('/demo/her-review.html');
  await page.goto(url);
  const tabId = await tabIdOf(l, page);

  // Fifty distinct six-word passages, each inside one text node of the review.
  const passages = (await page.evaluate(`(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement.closest('script, style, head')) continue;
      const words = n.data.split(/\\s+/).filter(Boolean);
      for (let i = 0; i + 6 <= words.length; i += 6) out.push(words.slice(i, i + 6).join(' '));
    }
    const text = document.body.textContent.replace(/\\s+/g, ' ');
    return [...new Set(out)].filter((p) => text.indexOf(p) === text.lastIndexOf(p));
  })()`)) as string[];
  if (passages.length < HIGHLIGHTS) throw new Error(`Only ${passages.length} passages on the demo page`);
  const step = passages.length / HIGHLIGHTS;
  const chosen = Array.from({ length: HIGHLIGHTS }, (_, i) => passages[Math.floor(i * step)]);
  const created = (await l.worker.evaluate(`(async () => {
    const texts = ${JSON.stringify(chosen)};
    const [r] = await chrome.scripting.executeScript({
      target: { tabId: ${tabId} },
      func: async (texts, url) => {
        let ok = 0;
        for (const [i, text] of texts.entries()) {
          const reply = await chrome.runtime.sendMessage({
            type: 'highlight/create', url, text, color: ['yellow', 'green', 'blue', 'pink'][i % 4],
            selectors: [{ type: 'TextQuoteSelector', exact: text }], note: i % 3 ? '' : 'A note on passage ' + i,
          });
          if (reply && reply.ok) ok++;
        }
        return ok;
      },
      args: [texts, ${JSON.stringify(url)}],
    });
    return r.result;
  })()`)) as number;
  if (created !== HIGHLIGHTS) throw new Error(`Created ${created} of ${HIGHLIGHTS} highlights`);
  await page.reload();
  await page.waitForTimeout(1000);

  const popupUrl = `chrome-extension://${l.id}/src/popup/index.html?tab=${tabId}`;
  const times: number[] = [];
  const stages: number[][] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const popup = await l.context.newPage();
    await popup.goto(popupUrl);
    await popup.waitForSelector('[data-ready="true"]');
    await popup.waitForFunction(`performance.getEntriesByName('reel-notes:popup-ready').length > 0`);
    const [ready, shown] = (await popup.evaluate(
      `[performance.getEntriesByName('reel-notes:popup-ready')[0].startTime, document.querySelectorAll('.highlight').length]`,
    )) as [number, number];
    if (shown !== HIGHLIGHTS) throw new Error(`The popup showed ${shown} highlights, not ${HIGHLIGHTS}`);
    // The first open also pays for loading the extension's code from disk into the cache: reported apart.
    const parts = (await popup.evaluate(`(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
      return [nav.responseEnd, at('reel-notes:popup-script'), at('reel-notes:popup-mount'), at('reel-notes:popup-rendered')];
    })()`)) as number[];
    if (process.env.BENCH_VERBOSE) console.error(`open ${i}: response ${parts[0].toFixed(1)}, script ${parts[1].toFixed(1)}, mount ${parts[2].toFixed(1)}, rendered ${parts[3].toFixed(1)}, ready ${ready.toFixed(1)}`);
    if (i === 0) console.error(`first open: ${ready.toFixed(1)} ms`);
    else {
      times.push(ready);
      stages.push(parts);
    }
    await popup.close();
  }
  console.error(`opens: ${times.map((t) => t.toFixed(1)).join(', ')}`);
  const stage = (i: number) => median(stages.map((p) => p[i])).toFixed(1);
  console.error(`medians from navigation start: first popup script ${stage(1)} ms, state and app code in ${stage(2)} ms, rendered ${stage(3)} ms`);
  console.log(`bench: popup-open-50-highlights = ${median(times).toFixed(1)} ms`);
} finally {
  await l.close();
  await server.close();
}
