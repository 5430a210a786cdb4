/** The typed client the extension's pages (popup, options) use to reach the background. */
import { browser } from '../browser-api';
import type { PageMessage, Replies, Result } from './types';

export async function request<M extends PageMessage>(message: M): Promise<Replies[M['type']]> {
  const result = (await browser.runtime.sendMessage(message)) as Result<Replies[M['type']]> | undefined;
  if (!result) throw new Error('No answer from the Reel Notes background');
  if (!result.ok) throw new Error(result.error);
  return result.data;
}
