/**
 * The reader can turn painting off for a site: painting is the one thing a
 * visited page can see of Reel Notes (the CSS highlight registry, or <mark>
 * elements), so a site the reader would rather not tell gets nothing painted.
 * Kept in storage.local as a list of origins (the https: form, so a site
 * reached by http: and https: shares one setting).
 */
import { browser } from '../platform/browser-api';
import { paintingSiteOf } from '../shared/page-identity';

const KEY = 'paintingOff';

async function offList(): Promise<string[]> {
  const got = await browser.storage.local.get(KEY);
  const list = got[KEY];
  return Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string') : [];
}

export async function paintsOn(url: string): Promise<boolean> {
  const site = paintingSiteOf(url);
  return site ? !(await offList()).includes(site) : false;
}

let writing: Promise<unknown> = Promise.resolve();

/** Turns painting on or off for the site of `url`; answers the site it applies to. */
export function setPainting(url: string, paint: boolean): Promise<string> {
  const site = paintingSiteOf(url);
  if (!site) return Promise.reject(new Error('Reel Notes only paints on web pages (http or https)'));
  const job = writing.then(async () => {
    const others = (await offList()).filter((s) => s !== site);
    await browser.storage.local.set({ [KEY]: paint ? others : [...others, site] });
    return site;
  });
  writing = job.catch(() => undefined);
  return job;
}
