/**
 * The browser's own promise API (`browser` in Firefox, `chrome` in Chrome MV3,
 * both return promises), for code that must start fast or stay small: the
 * every-page script, the popup's first request. Everything else uses the
 * polyfilled `browser` of ./browser-api.ts.
 */
interface NativeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number }>> };
}

declare const chrome: NativeApi | undefined;
declare const browser: NativeApi | undefined;

export const nativeApi: NativeApi = typeof browser !== 'undefined' && browser?.runtime ? browser : (chrome as NativeApi);
