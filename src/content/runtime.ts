/**
 * The every-page script's only way out: a promise-returning sendMessage from the
 * native API (both Chrome MV3 and Firefox return promises), so that the
 * polyfill's weight is not paid on every page.
 */
import type { ContentMessage, Replies, Result } from '../shared/messages/types';

declare const chrome: any;
declare const browser: any;

const api: any = typeof browser !== 'undefined' && browser?.runtime ? browser : chrome;

export async function send<M extends ContentMessage>(message: M): Promise<Replies[M['type']]> {
  const result = (await api.runtime.sendMessage(message)) as Result<Replies[M['type']]> | undefined;
  if (!result) throw new Error('No answer from the Reel Notes background');
  if (!result.ok) throw new Error(result.error);
  return result.data;
}
