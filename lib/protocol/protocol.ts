import { z } from 'zod/mini';

/**
 * How HMO Lens's parts talk: a map from each message type to the fields of its request and the schema of
 * its answer. Senders get their answers validated (`request`), receivers get their messages validated and
 * handed to one handler per type (`receiver`); every type is inferred from the schemas. The transport is
 * a parameter, so `lib/` never touches browser APIs.
 */

/** One message: the fields its request carries besides `type`, and the schema its answer must pass. */
export interface MessageSpec {
  request: z.core.$ZodLooseShape;
  response: z.ZodMiniType;
}

export type Messages = Record<string, MessageSpec>;

export type MessageType<M extends Messages> = keyof M & string;

/** The request of one message type, as its receiver gets it. */
export type RequestOf<M extends Messages, K extends MessageType<M>> = z.infer<
  z.ZodMiniObject<{ type: z.ZodMiniLiteral<K> } & M[K]['request']>
>;

/** Any request of the map. */
export type AnyRequest<M extends Messages> = { [K in MessageType<M>]: RequestOf<M, K> }[MessageType<M>];

export type ResponseOf<M extends Messages, K extends MessageType<M>> = z.infer<M[K]['response']>;

export interface Protocol<M extends Messages> {
  readonly messages: M;
  /** Every request of the map as one schema: what a receiver parses incoming messages with. */
  readonly requests: z.ZodMiniType<AnyRequest<M>>;
}

export function defineProtocol<const M extends Messages>(messages: M): Protocol<M> {
  const options = Object.entries(messages).map(([type, { request }]) =>
    z.object({ type: z.literal(type), ...request }),
  );
  const requests = z.discriminatedUnion('type', options as [(typeof options)[number]]);
  return { messages, requests: requests as unknown as z.ZodMiniType<AnyRequest<M>> };
}

export type Parsed<T> = { ok: true; message: T } | { ok: false; error: string };

/** Parses an incoming message; the error names what was wrong, for the log. */
export function parseMessage<T>(schema: z.ZodMiniType<T>, raw: unknown): Parsed<T> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, message: result.data };
  return { ok: false, error: describeIssue(result.error) };
}

function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'message'}: ${issue.message}` : 'invalid message';
}

/** Why a request got no usable answer. */
export class AnswerError extends Error {}

/** Nobody answered (no receiver, or one that chose not to): for a tab, no content script runs there. */
export class NoAnswer extends AnswerError {
  constructor(readonly type: string) {
    super(`Nothing answered ${type}.`);
  }
}

/** The answer is not what the protocol says: another version of HMO Lens, or a bug. */
export class UnreadableAnswer extends AnswerError {
  constructor(
    readonly type: string,
    readonly detail: string,
  ) {
    super(`HMO Lens does not understand the answer to ${type} (${detail}).`);
  }
}

/** Hands a request to the other side: `browser.runtime.sendMessage`, or `browser.tabs.sendMessage` to a tab. */
export type Transport<M extends Messages> = (message: AnyRequest<M>) => Promise<unknown>;

/**
 * Sends a request and validates its answer. Rejects with the transport's own error when sending fails,
 * `NoAnswer` when nothing answered (unless the message expects no answer), or `UnreadableAnswer`.
 */
export async function request<M extends Messages, K extends MessageType<M>>(
  protocol: Protocol<M>,
  send: Transport<M>,
  // `{ type: K }` lets the compiler infer the message type from the literal.
  message: { type: K } & RequestOf<M, K>,
): Promise<ResponseOf<M, K>> {
  const type: string = message.type;
  const raw = await send(message as AnyRequest<M>);
  const parsed = protocol.messages[type]?.response.safeParse(raw);
  if (parsed?.success) return parsed.data as ResponseOf<M, K>;
  if (raw === undefined) throw new NoAnswer(type);
  throw new UnreadableAnswer(type, parsed ? describeIssue(parsed.error) : 'not a message of this protocol');
}

/**
 * A receiver's answer to each message type; `undefined` answers nothing (the sender sees no answer), as
 * when the sender may not ask this.
 */
export type Handlers<M extends Messages, Sender> = {
  [K in MessageType<M>]: (
    request: RequestOf<M, K>,
    sender: Sender,
  ) => ResponseOf<M, K> | Promise<ResponseOf<M, K>> | undefined;
};

/**
 * The receiving side, as a `runtime.onMessage` listener: only messages from this extension are heard, and
 * a malformed one is dropped with a warning. The answer is a promise, or undefined for none.
 */
export function receiver<M extends Messages, Sender extends { id?: string }>(
  protocol: Protocol<M>,
  extensionId: string,
  handlers: Handlers<M, Sender>,
): (raw: unknown, sender: Sender) => Promise<unknown> | undefined {
  return (raw, sender) => {
    if (sender.id !== extensionId) return undefined;
    const parsed = parseMessage(protocol.requests, raw);
    if (!parsed.ok) {
      console.warn('[HMO Lens] ignored a malformed message:', parsed.error);
      return undefined;
    }
    const message = parsed.message as { type: MessageType<M> };
    const handle = handlers[message.type] as (request: unknown, sender: Sender) => unknown;
    const answer = handle(message, sender);
    return answer === undefined ? undefined : Promise.resolve(answer);
  };
}
