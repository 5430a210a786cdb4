/**
 * The one client every context uses to reach the background: it sends a typed
 * request and unwraps the `{ ok, data } | { ok: false, error }` answer, so a
 * refusal arrives as an Error with the background's reason. Pure: the way to
 * send is given (see src/platform/messaging.ts).
 */
import type { Message, Replies, Result } from './types';

export type SendMessage = (message: unknown) => Promise<unknown>;

export function unwrap<T>(result: unknown): T {
  const r = result as Result<T> | undefined;
  if (!r || typeof r !== 'object' || typeof r.ok !== 'boolean') throw new Error('No answer from the Reel Notes background');
  if (!r.ok) throw new Error(r.error);
  return r.data;
}

/** A request function for the messages `M` one kind of context may send. */
export function makeClient<M extends Message>(sendMessage: SendMessage) {
  return async <T extends M>(message: T): Promise<Replies[T['type']]> => unwrap<Replies[T['type']]>(await sendMessage(message));
}
