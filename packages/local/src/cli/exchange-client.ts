import { parseArgs } from 'node:util';
import { RECEIPT_STATUSES } from '@double-random/domain';
import { UsageError } from '../errors';

interface EventRow {
  id: string;
  type: string;
  key: string;
  status: string;
  attempts: number;
  createdAt: string;
  lastError?: string;
  acknowledgement?: { at: string; by: string; reference?: string };
}

const call = async (
  url: string,
  token: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<{ ok: boolean; status: number; body: Record<string, unknown> } | undefined> => {
  try {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { ok: res.ok, status: res.status, body: (await res.json()) as Record<string, unknown> };
  } catch (error) {
    process.stderr.write(`dr: ${url} is not reachable: ${(error as Error).message}\n`);
    return undefined;
  }
};

const refused = (status: number, body: Record<string, unknown>): number => {
  const error = body.error as { code?: string; message?: string } | undefined;
  process.stderr.write(`dr: ${status} ${error?.code ?? ''} ${error?.message ?? ''}\n`);
  return 3;
};

/**
 * `dr exchange [--status S] [--json]` lists the events sent to the provincial platform with
 * their receipts; `dr exchange ack ID [--reference R] [--note N]` records the platform's
 * acknowledgement (docs/exchange.md). `server` resolves the URL and an office token.
 */
export const runExchange = async (
  args: string[],
  server: (given: { url?: string; token?: string }) => Promise<{ url: string; token: string }>,
): Promise<number> => {
  const options = {
    status: { type: 'string' },
    reference: { type: 'string' },
    note: { type: 'string' },
    json: { type: 'boolean' },
    url: { type: 'string' },
    token: { type: 'string' },
  } as const;
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof options; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError('DR.BAD_ARGS', (error as Error).message);
  }
  const v = parsed.values;
  const [sub, id, ...extra] = parsed.positionals;
  if (extra.length > 0 || (sub !== undefined && sub !== 'ack' && sub !== 'list'))
    throw new UsageError('DR.BAD_ARGS', 'exchange takes list (the default) or ack EVENT_ID');
  const { url, token } = await server({
    ...(v.url ? { url: v.url } : {}),
    ...(v.token ? { token: v.token } : {}),
  });
  if (sub === 'ack') {
    if (!id) throw new UsageError('DR.BAD_ARGS', 'exchange ack needs the event id (dx-…)');
    const out = await call(url, token, 'POST', `/exchange/events/${encodeURIComponent(id)}/ack`, {
      ...(v.reference ? { reference: v.reference } : {}),
      ...(v.note ? { note: v.note } : {}),
    });
    if (!out) return 3;
    if (!out.ok) return refused(out.status, out.body);
    process.stdout.write(`${JSON.stringify(out.body)}\n`);
    return 0;
  }
  if (v.status !== undefined && !(RECEIPT_STATUSES as readonly string[]).includes(v.status))
    throw new UsageError(
      'DR.BAD_STATUS',
      `--status takes ${RECEIPT_STATUSES.join(', ')}, not "${v.status}"`,
    );
  let cursor: string | undefined;
  let count = 0;
  do {
    const query = new URLSearchParams({ limit: '500' });
    if (v.status) query.set('status', v.status);
    if (cursor) query.set('cursor', cursor);
    const out = await call(url, token, 'GET', `/exchange/events?${query}`);
    if (!out) return 3;
    if (!out.ok) return refused(out.status, out.body);
    const items = (out.body.items ?? []) as EventRow[];
    if (v.json) process.stdout.write(`${JSON.stringify(out.body)}\n`);
    else
      for (const e of items)
        process.stdout.write(
          `${e.createdAt}  ${e.status.padEnd(12)} ${String(e.attempts).padStart(2)}×  ${e.id}  ${e.type.padEnd(17)} ${e.key}${e.lastError ? `  (${e.lastError})` : ''}\n`,
        );
    count += items.length;
    cursor = out.body.cursor as string | undefined;
  } while (cursor);
  if (!v.json) process.stdout.write(`${count} event${count === 1 ? '' : 's'}\n`);
  return 0;
};
