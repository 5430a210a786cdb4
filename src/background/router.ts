/**
 * The background's front door: every message is checked for its sender and
 * its shape (and, from content scripts, size and rate) before anything acts on
 * it; the handler tables answer with each message's reply type, and every
 * answer travels as a Result value.
 */
import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { ContentMessageSchema, PageMessageSchema } from '../shared/messages/schema';
import { dispatch } from '../shared/messages/handlers';
import type { Message, Result } from '../shared/messages/types';
import { describeIssues } from '../shared/records/issues';
import { classifySender, type SenderKind } from './sender';
import { contentHandlers } from './content-handlers';
import { pageHandlers } from './page-handlers';
import { checkContentMessage } from './content-limits';
import { announceAfter } from './announce';
import { ImportError } from '../shared/formats/library';

function failure(error: unknown): Result<never> {
  const text = error instanceof Error ? error.message : String(error);
  const quota = /quota/i.test(text) || (error as DOMException | undefined)?.name === 'QuotaExceededError';
  return { ok: false, error: quota ? `The browser refused to store more data (disk full?): ${text}` : text };
}

async function handle(message: unknown, sender: SenderKind): Promise<{ checked: Message; data: unknown }> {
  if (sender.kind === 'content') {
    const parsed = v.safeParse(ContentMessageSchema, message);
    if (!parsed.success) throw new Refusal(parsed.issues);
    await checkContentMessage(parsed.output, sender.tabId);
    return { checked: parsed.output, data: await dispatch(contentHandlers, parsed.output, sender) };
  }
  const parsed = v.safeParse(PageMessageSchema, message);
  if (!parsed.success) throw new Refusal(parsed.issues);
  return { checked: parsed.output, data: await dispatch(pageHandlers, parsed.output, sender) };
}

class Refusal extends Error {
  constructor(issues: readonly v.BaseIssue<unknown>[]) {
    super(`Refused malformed message: ${describeIssues(issues)}`);
  }
}

export async function route(message: unknown, rawSender: Runtime.MessageSender): Promise<Result<unknown>> {
  const sender = classifySender(rawSender);
  if (!sender) return { ok: false, error: 'Refused: the sender is not part of Reel Notes' };
  try {
    const { checked, data } = await handle(message, sender);
    announceAfter(checked, sender.kind === 'content' ? sender.tabId : undefined);
    return { ok: true, data };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.message };
    // A file an import refuses is the reader's everyday case, answered in the library with its reason: a warning,
    // not an error (the browser lists a worker's console.error as an error of the extension).
    if (error instanceof ImportError) console.warn('Reel Notes: import refused:', error.message);
    else console.error('Reel Notes:', error);
    return failure(error);
  }
}
