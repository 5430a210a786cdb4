/**
 * Debian's Chromium with the built extension for a test file (the driver
 * itself: scripts/lib/chromium.ts).
 */
import { afterAll, beforeAll } from 'vitest';
import { launch, type Launched } from '../../scripts/lib/chromium';

// The driver lives with the scripts (npm start and npm run screenshots use it too).
export * from '../../scripts/lib/chromium';

declare const chrome: any;

/** Chromium with the extension for the whole test file: launched before its tests, closed after. */
export function useExtension(opts: Parameters<typeof launch>[0] = {}, onLaunch?: (l: Launched) => void): Launched {
  let launched: Launched | undefined;
  beforeAll(async () => {
    launched = await launch(opts);
    onLaunch?.(launched);
  });
  afterAll(async () => {
    await launched?.close();
  });
  const live = () => {
    if (!launched) throw new Error('Chromium is not launched yet (use it inside a test or hook)');
    return launched;
  };
  return {
    get context() {
      return live().context;
    },
    get worker() {
      return live().worker;
    },
    get id() {
      return live().id;
    },
    get profile() {
      return live().profile;
    },
    close: () => live().close(),
  };
}

/** What the database holds in one store, read straight from IndexedDB in the extension's worker (no message of the extension involved). */
export function storedRecords(l: Launched, store: 'pages' | 'highlights'): Promise<any[]> {
  return l.worker.evaluate(`(async () => {
    const db = await new Promise((ok, fail) => { const r = indexedDB.open('reel-notes'); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
    try {
      return await new Promise((ok, fail) => { const r = db.transaction(${JSON.stringify(store)}).objectStore(${JSON.stringify(store)}).getAll(); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
    } finally {
      db.close();
    }
  })()`) as Promise<any[]>;
}

/** What the background keeps about a tab (storage.session). */
export function tabState(l: Launched, tabId: number): Promise<any> {
  return l.worker.evaluate(`chrome.storage.session.get('tab:${tabId}').then((o) => o['tab:${tabId}'] ?? null)`);
}
