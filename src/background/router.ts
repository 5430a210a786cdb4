/**
 * The background's front door: every message is checked for its sender and
 * its shape before anything acts on it, and every answer is a Result value.
 */
import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { ContentMessageSchema, PageMessageSchema } from '../shared/messages/schema';
import type { Result } from '../shared/messages/types';
import { describeIssues } from '../shared/records-schema';
import { classifySender } from './sender';
import { handleContent } from './content-handlers';
import { handlePage } from './page-handlers';
import { announceAfter } from './announce';
import { ImportError } from '../shared/formats/library';

function failure(error: unknown): Result<never> {
  const text = error instanceof Error ? error.message : String(error);
  const quota = /quota/i.test(text) || (error as DOMException | undefined)?.name === 'QuotaExceededError';
  return { ok: false, error: quota ? `The browser refused to store more data (disk full?): ${text}` : text };
}

export async function route(message: unknown, rawSender: Runtime.MessageSender): Promise<Result<unknown>> {
  const sender = classifySender(rawSender);
  if (!sender) return { ok: false, error: 'Refused: the sender is not part of Reel Notes' };
  const schema = sender.kind === 'content' ? ContentMessageSchema : PageMessageSchema;
  const parsed = v.safeParse(schema, message);
  if (!parsed.success) return { ok: false, error: `Refused malformed message: ${describeIssues(parsed.issues)}` };
  try {
    const data =
      sender.kind === 'content'
        ? await handleContent(parsed.output as v.InferOutput<typeof ContentMessageSchema>, sender)
        : await handlePage(parsed.output as v.InferOutput<typeof PageMessageSchema>);
    announceAfter(parsed.output, sender.kind === 'content' ? sender.tabId : undefined);
    return { ok: true, data };
  } catch (error) {
    // A file an import refuses is the reader's everyday case, answered in the library with its reason: a warning,
    // not an error (the browser lists a worker's console.error as an error of the extension).
    if (error instanceof ImportError) console.warn('Reel Notes: import refused:', error.message);
    else console.error('Reel Notes:', error);
    return failure(error);
  }
}
