/**
 * Handler tables, typed in both directions: a table must have one handler per
 * message type, each receives that message and must answer with its reply type.
 * A missing handler or a wrong reply does not compile (as hypothesis/client
 * types its PortRPC calls).
 */
export type Handlers<M extends { type: string }, R extends { [K in M['type']]: unknown }, Ctx> = {
  [K in M['type']]: (message: Extract<M, { type: K }>, context: Ctx) => Promise<R[K]>;
};

/** Runs the handler for `message` from `table`. */
export function dispatch<M extends { type: string }, R extends { [K in M['type']]: unknown }, Ctx>(
  table: Handlers<M, R, Ctx>,
  message: M,
  context: Ctx,
): Promise<R[M['type']]> {
  const handler = table[message.type as M['type']] as (m: M, c: Ctx) => Promise<R[M['type']]>;
  return handler(message, context);
}
