import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import {
  type AnyRequest,
  defineProtocol,
  NoAnswer,
  parseMessage,
  receiver,
  request,
  UnreadableAnswer,
} from '../../../lib/protocol/protocol';

/** A small map of its own, so these tests say what the helpers do whatever the extension's messages are. */
const ECHO = defineProtocol({
  'test/echo': { request: { text: z.string() }, response: z.object({ echoed: z.string() }) },
  'test/ping': { request: {}, response: z.void() },
});
type EchoRequest = AnyRequest<typeof ECHO.messages>;

const EXTENSION = 'our-extension';
const answering = receiver(ECHO, EXTENSION, {
  'test/echo': ({ text }) => ({ echoed: text }),
  'test/ping': () => Promise.resolve(),
});
/** A transport that hands the request to the receiver, as the browser would. */
const loopback = async (message: EchoRequest) => answering(structuredClone(message), { id: EXTENSION });

describe('the protocol map', () => {
  it('builds one request schema from the types and fields of its messages', () => {
    expect(parseMessage(ECHO.requests, { type: 'test/echo', text: 'hi' })).toEqual({
      ok: true,
      message: { type: 'test/echo', text: 'hi' },
    });
    expect(parseMessage(ECHO.requests, { type: 'test/ping' }).ok).toBe(true);
  });

  it('rejects unknown types and missing fields, naming what was wrong', () => {
    expect(parseMessage(ECHO.requests, { type: 'test/other' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^type: /),
    });
    expect(parseMessage(ECHO.requests, { type: 'test/echo' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^text: /),
    });
    expect(parseMessage(ECHO.requests, 'test/ping')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^message: /),
    });
  });
});

describe('request and receiver', () => {
  it('carry a request to its handler and its validated answer back', async () => {
    expect(await request(ECHO, loopback, { type: 'test/echo', text: 'capitation' })).toEqual({
      echoed: 'capitation',
    });
    // A message that expects no answer resolves when answered with nothing.
    await expect(request(ECHO, loopback, { type: 'test/ping' })).resolves.toBeUndefined();
  });

  it('rejects an answer that is not what the map says', async () => {
    const odd = async () => ({ echoed: 42 });
    const error = await request(ECHO, odd, { type: 'test/echo', text: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableAnswer);
    expect((error as UnreadableAnswer).message).toMatch(/does not understand the answer to test\/echo/);
    expect((error as UnreadableAnswer).detail).toMatch(/^echoed: /);
  });

  it('tells no answer apart from a failed send', async () => {
    await expect(
      request(ECHO, async () => undefined, { type: 'test/echo', text: 'x' }),
    ).rejects.toBeInstanceOf(NoAnswer);
    const gone = new Error('Could not establish connection. Receiving end does not exist.');
    await expect(request(ECHO, () => Promise.reject(gone), { type: 'test/echo', text: 'x' })).rejects.toBe(
      gone,
    );
  });

  it('answers only this extension, and drops malformed and unknown messages with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(answering({ type: 'test/echo', text: 'x' }, { id: 'another-extension' })).toBeUndefined();
    expect(answering({ type: 'test/echo', text: 'x' }, {})).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
    for (const raw of [{ type: 'test/echo' }, { type: 'test/delete-everything' }, null]) {
      expect(answering(raw, { id: EXTENSION })).toBeUndefined();
    }
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn).toHaveBeenLastCalledWith(
      '[HMO Lens] ignored a malformed message:',
      'message: Invalid input',
    );
    warn.mockRestore();
  });

  it('gives no answer when a handler declines', () => {
    const declining = receiver(ECHO, EXTENSION, {
      'test/echo': () => undefined,
      'test/ping': () => undefined,
    });
    expect(declining({ type: 'test/echo', text: 'x' }, { id: EXTENSION })).toBeUndefined();
  });
});
