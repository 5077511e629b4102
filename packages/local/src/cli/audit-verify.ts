import { type AuditEntry, GENESIS_HASH, verifyChain } from '@double-random/domain';
import { ImportRequestError } from './import-client';

/** The public form of a task's chain: hashes only, no actors, no data. */
interface PublicChain {
  taskId: string;
  ok: boolean;
  length: number;
  head?: string;
  broken?: { seq: number; reason: string; message: string };
  entries: { seq: number; at: string; action: string; prevHash: string; hash: string }[];
  /** stored changes against their entries, as the server compares them (docs/consistency.md) */
  crossCheck?: { ok: boolean; problems: { kind: string; change: string; message: string }[] };
}

export interface AuditCheck {
  ok: boolean;
  length: number;
  head?: string;
  /** what was checked on this machine */
  checked: 'links' | 'hashes';
  problem?: string;
}

export const getJson = async <T>(url: string, token?: string): Promise<T> => {
  let res: Response;
  try {
    res = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  } catch (error) {
    throw new ImportRequestError(
      `cannot reach ${url}: ${(error as Error).message}`,
      undefined,
      undefined,
      {
        cause: error,
      },
    );
  }
  const text = await res.text();
  if (!res.ok) throw new ImportRequestError(`GET ${url} answered ${res.status}`, res.status, text);
  return JSON.parse(text) as T;
};

/** The links of the public chain: seq 1…n, each prevHash the hash before it. */
const checkLinks = (chain: PublicChain): string | undefined => {
  let prev = GENESIS_HASH;
  for (const [i, e] of chain.entries.entries()) {
    if (e.seq !== i + 1) return `entry ${i + 1} carries seq ${e.seq}`;
    if (e.prevHash !== prev)
      return `seq ${e.seq} points to ${e.prevHash}, the previous hash is ${prev}`;
    prev = e.hash;
  }
  return undefined;
};

/**
 * `dr audit verify TASK_ID`: reads the task's public chain and checks its links here. With
 * a token that may read the full chain (the office's), every entry is re-hashed here too
 * (`dr-audit/1`) and must give the hashes the public chain shows.
 */
export const verifyAudit = async (o: {
  url: string;
  taskId: string;
  token?: string;
}): Promise<AuditCheck> => {
  const base = o.url.replace(/\/+$/, '');
  const task = encodeURIComponent(o.taskId);
  const chain = await getJson<PublicChain>(`${base}/tasks/${task}/audit/verify`);
  const head = chain.entries.at(-1)?.hash;
  const linkProblem = checkLinks(chain);
  if (linkProblem)
    return { ok: false, length: chain.length, checked: 'links', problem: linkProblem };
  if (!chain.ok)
    return {
      ok: false,
      length: chain.length,
      checked: 'links',
      problem: `the server reports: ${chain.broken?.message ?? 'broken'}`,
    };
  if (chain.crossCheck && !chain.crossCheck.ok)
    return {
      ok: false,
      length: chain.length,
      checked: 'links',
      problem: `stored changes and entries differ: ${chain.crossCheck.problems
        .slice(0, 5)
        .map((p) => `${p.kind} ${p.change}: ${p.message}`)
        .join('; ')}`,
    };
  if (!o.token)
    return { ok: true, length: chain.length, ...(head ? { head } : {}), checked: 'links' };
  const full: AuditEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await getJson<{ items: AuditEntry[]; cursor?: string }>(
      `${base}/tasks/${task}/audit?limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      o.token,
    );
    full.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  const rehashed = verifyChain(full);
  if (!rehashed.ok)
    return { ok: false, length: full.length, checked: 'hashes', problem: rehashed.message };
  const differs = full.findIndex((e, i) => e.hash !== chain.entries[i]?.hash);
  if (differs >= 0 || full.length !== chain.entries.length)
    return {
      ok: false,
      length: full.length,
      checked: 'hashes',
      problem: `the full chain and the public chain differ at seq ${differs >= 0 ? differs + 1 : Math.min(full.length, chain.entries.length) + 1}`,
    };
  return { ok: true, length: full.length, head: rehashed.head, checked: 'hashes' };
};
