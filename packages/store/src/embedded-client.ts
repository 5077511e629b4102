import { Agent, request } from 'node:http';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { marshall, type marshallOptions, unmarshall } from '@aws-sdk/util-dynamodb';

/**
 * The document client for the embedded engine (dynalite on this machine): the same requests
 * on the same wire — DynamoDB's JSON 1.0 protocol, the document client's marshalling — sent
 * by a plain HTTP client instead of the SDK's middleware stack, which cost four times the
 * request itself (about 0.5 ms of CPU a call, measured: with tens of thousands of calls, most
 * of a local server's work). It takes the commands the store sends (`@aws-sdk/lib-dynamodb`'s
 * GetCommand, PutCommand, QueryCommand …, marshalled by their own key nodes, and
 * `@aws-sdk/client-dynamodb`'s table commands as they are), answers their outputs, and raises
 * DynamoDB's errors by name (`ConditionalCheckFailedException` …) as the SDK does. Like the
 * SDK it tries a request three times when the connection fails or the engine answers 5xx.
 * AWS keeps the SDK's client.
 */

/** Three attempts, as the SDK's standard retry mode. */
const ATTEMPTS = 3;

const MARSHALL: marshallOptions = {
  removeUndefinedValues: true,
  convertClassInstanceToMap: false,
  convertTopLevelContainer: true,
};
const UNMARSHALL = { wrapNumbers: false, convertWithoutMapWrapper: true } as const;

/** A well-formed SigV4 header with no signature: the engine checks it is there, not its hash. */
const SIGNED = {
  'x-amz-date': '20260101T000000Z',
  authorization:
    'AWS4-HMAC-SHA256 Credential=local/20260101/local/dynamodb/aws4_request, ' +
    'SignedHeaders=host;x-amz-date, Signature=0000000000000000000000000000000000000000000000000000000000000000',
};

type KeyNodes = Record<string, unknown> | unknown[] | null;

interface SentCommand {
  input: Record<string, unknown>;
  constructor: { name: string };
  /** document client commands: the paths marshalled, and the client command underneath */
  inputKeyNodes?: KeyNodes;
  outputKeyNodes?: KeyNodes;
  clientCommand?: { constructor: { name: string } };
}

/*
 * The document client's key-node walk (lib-dynamodb's processObj): `{}` marshals every value
 * of an object, `[]` every member of a list, `{ '*': nodes }` goes one level down, other keys
 * name the fields to walk into.
 */
const NEXT_LEVEL = '*';

const processObj = (obj: unknown, f: (v: unknown) => unknown, nodes: KeyNodes): unknown => {
  if (obj === undefined) return undefined;
  if (nodes == null) return f(obj);
  const keys = Object.keys(nodes);
  if (keys.length === 1 && keys[0] === NEXT_LEVEL) {
    const next = (nodes as Record<string, KeyNodes>)[NEXT_LEVEL] ?? null;
    const out: Record<string, unknown> | unknown[] = Array.isArray(obj) ? [] : {};
    for (const [k, v] of Object.entries(obj ?? {}))
      if (typeof v !== 'function') (out as Record<string, unknown>)[k] = processObj(v, f, next);
    return out;
  }
  if (keys.length === 0) return processAll(obj, f);
  return processKeys(obj as Record<string, unknown>, f, nodes as Record<string, KeyNodes>);
};

const processKeys = (
  obj: Record<string, unknown> | unknown[],
  f: (v: unknown) => unknown,
  nodes: Record<string, KeyNodes>,
): unknown => {
  const out: Record<string, unknown> | unknown[] = Array.isArray(obj)
    ? obj.filter((v) => typeof v !== 'function')
    : Object.fromEntries(Object.entries(obj).filter(([, v]) => typeof v !== 'function'));
  for (const [key, next] of Object.entries(nodes)) {
    const value = (obj as Record<string, unknown>)[key];
    if (typeof value === 'function') continue;
    const processed = processObj(value, f, next);
    if (processed !== undefined && typeof processed !== 'function')
      (out as Record<string, unknown>)[key] = processed;
  }
  return out;
};

const processAll = (obj: unknown, f: (v: unknown) => unknown): unknown => {
  if (Array.isArray(obj))
    return obj.filter((v) => typeof v !== 'function').map((v) => processObj(v, f, null));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj as Record<string, unknown>)) {
    if (typeof value === 'function') continue;
    const processed = processObj(value, f, null);
    if (processed !== undefined && typeof processed !== 'function') out[key] = processed;
  }
  return out;
};

/** Binary values travel as base64 in JSON, as the SDK's serializer writes them. */
const toWire = (_key: string, value: unknown): unknown =>
  value instanceof Uint8Array ? Buffer.from(value).toString('base64') : value;

/** Binary attribute values (`B`, `BS`) read back as bytes, as the SDK's deserializer does. */
const fromWire = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(fromWire);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k === 'B' && typeof v === 'string') out[k] = new Uint8Array(Buffer.from(v, 'base64'));
    else if (k === 'BS' && Array.isArray(v))
      out[k] = v.map((b) => new Uint8Array(Buffer.from(b as string, 'base64')));
    else out[k] = fromWire(v);
  }
  return out;
};

/** An error of the engine, named as the SDK names it. */
class EngineError extends Error {
  readonly $fault: 'client' | 'server';
  readonly $metadata: { httpStatusCode: number; attempts: number };
  constructor(name: string, message: string, status: number, attempts: number) {
    super(message);
    this.name = name;
    this.$fault = status >= 500 ? 'server' : 'client';
    this.$metadata = { httpStatusCode: status, attempts };
  }
}

export interface EmbeddedClient {
  send<O = Record<string, unknown>>(command: unknown): Promise<O>;
  destroy(): void;
}

export const createEmbeddedClient = (endpoint: string): EmbeddedClient => {
  const url = new URL(endpoint);
  const agent = new Agent({ keepAlive: true, maxSockets: 50 });

  const post = (operation: string, body: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          method: 'POST',
          path: '/',
          agent,
          headers: {
            'content-type': 'application/x-amz-json-1.0',
            'x-amz-target': `DynamoDB_20120810.${operation}`,
            'content-length': Buffer.byteLength(body),
            ...SIGNED,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  const call = async (operation: string, input: unknown): Promise<Record<string, unknown>> => {
    const body = JSON.stringify(input, toWire);
    for (let attempt = 1; ; attempt++) {
      let answer: { status: number; text: string };
      try {
        answer = await post(operation, body);
      } catch (e) {
        // a connection the engine closed meanwhile, as the SDK retries it
        if (attempt >= ATTEMPTS) throw e;
        continue;
      }
      const parsed = (answer.text ? JSON.parse(answer.text) : {}) as Record<string, unknown>;
      if (answer.status === 200) return parsed;
      if (answer.status >= 500 && attempt < ATTEMPTS) continue;
      const type = String(parsed.__type ?? 'UnknownError');
      const message = String(parsed.message ?? parsed.Message ?? type);
      throw new EngineError(type.slice(type.lastIndexOf('#') + 1), message, answer.status, attempt);
    }
  };

  return {
    async send<O>(command: unknown): Promise<O> {
      const c = command as SentCommand;
      if (c.clientCommand && c.inputKeyNodes !== undefined) {
        // a document client command: its values marshalled along its key nodes, and back
        const operation = c.clientCommand.constructor.name.replace(/Command$/, '');
        const input = processKeys(
          c.input,
          (v) => marshall(v as Record<string, unknown>, MARSHALL),
          (c.inputKeyNodes ?? {}) as Record<string, KeyNodes>,
        );
        const output = fromWire(await call(operation, input)) as Record<string, unknown>;
        return processKeys(
          output,
          (v) => unmarshall(v as Record<string, never>, UNMARSHALL),
          (c.outputKeyNodes ?? {}) as Record<string, KeyNodes>,
        ) as O;
      }
      const operation = c.constructor.name.replace(/Command$/, '');
      return fromWire(await call(operation, c.input)) as O;
    },
    destroy() {
      agent.destroy();
    },
  };
};

/** The embedded client where the store expects the SDK's document client (it only sends). */
export const embeddedDocumentClient = (endpoint: string): DynamoDBDocumentClient =>
  createEmbeddedClient(endpoint) as unknown as DynamoDBDocumentClient;
