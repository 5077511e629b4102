import type { BlobLinkHeaders } from '@double-random/store';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Dependencies, setDependencies } from '../../../functions/src/composition';
import { answerOf, jsonAnswer } from '../../../functions/src/http/answers';
import {
  type HttpReply,
  httpHandler,
  LAMBDA_RESPONSE_LIMIT,
  ok,
} from '../../../functions/src/http/middleware';
import { context, event } from './support/events';

beforeAll(() => {
  process.env.LOG_LEVEL = 'silent';
});

afterEach(() => setDependencies(undefined));

interface Result {
  statusCode: number;
  headers: Record<string, string>;
  body?: string;
  isBase64Encoded?: boolean;
}

const answering = async (reply: () => Promise<HttpReply>) =>
  (await httpHandler({ auth: 'public', handler: reply })(
    event({ routeKey: 'GET /x' }),
    context,
  )) as Result;

/** An answer store that keeps what it is given and links to it by a counter. */
const keeping = (inlineLimit: number) => {
  const kept: { content: Uint8Array | string; contentType: string; disposition?: string }[] = [];
  setDependencies({
    answers: {
      inlineLimit,
      keep: async (content: Uint8Array | string, headers: BlobLinkHeaders) => {
        kept.push({ content, ...headers });
        return `https://blobs.example/answers/${kept.length}`;
      },
    },
  } as unknown as Dependencies);
  return kept;
};

describe('answers that may outgrow a function', () => {
  const value = { spec: 'dr-draw/1', pool: [{ id: '抽查', stratum: 'all', unit: '' }] };

  it('below the limit, sends the bytes ok() sends', async () => {
    keeping(1000);
    const linked = await answering(() => jsonAnswer(value));
    const plain = await answering(async () => ok(value));
    expect(linked).toEqual(plain);
    expect(linked.statusCode).toBe(200);
  });

  it('above it, keeps those same bytes and answers 303 to their link, never cached', async () => {
    const kept = keeping(10);
    const plain = await answering(async () => ok(value));
    const linked = await answering(() => jsonAnswer(value));
    expect(linked).toMatchObject({
      statusCode: 303,
      headers: { location: 'https://blobs.example/answers/1', 'cache-control': 'no-store' },
    });
    expect(linked.body).toBeUndefined();
    expect(kept).toEqual([{ content: plain.body, contentType: plain.headers['content-type'] }]);
  });

  it('counts a binary file as sent, base64-encoded, and keeps its name for the link', async () => {
    const kept = keeping(8);
    const file = new Uint8Array(6); // 8 bytes in base64: just inside
    const headers = { contentType: 'application/zip', disposition: 'attachment; filename="a.zip"' };
    const inline = await answering(() => answerOf(file, headers, { 'cache-control': 'no-store' }));
    expect(inline).toMatchObject({
      statusCode: 200,
      isBase64Encoded: true,
      headers: {
        'content-type': 'application/zip',
        'content-disposition': 'attachment; filename="a.zip"',
        'cache-control': 'no-store',
      },
    });
    const larger = await answering(() => answerOf(new Uint8Array(7), headers));
    expect(larger.statusCode).toBe(303);
    expect(kept).toEqual([{ content: new Uint8Array(7), ...headers }]);
  });

  it('without a blob location, answers inline and the 6 MB guard stays the last word', async () => {
    setDependencies({} as unknown as Dependencies);
    const big = 'x'.repeat(LAMBDA_RESPONSE_LIMIT + 1);
    const refused = await answering(() => jsonAnswer({ big }));
    expect(refused.statusCode).toBe(400);
    expect(JSON.parse(refused.body!).error.code).toBe('RESPONSE.TOO_LARGE');
    keeping(1024 * 1024);
    expect((await answering(() => jsonAnswer({ big }))).statusCode).toBe(303);
  });
});
