import {
  type Actor,
  ConflictError,
  parseEntropySource,
  quicknetRoundTime,
  type Task,
  workflowUseCases as uc,
  type WorkflowDeps,
} from '@double-random/domain';
import { QUICKNET } from '@double-random/draw';
import { z } from 'zod';

/**
 * Fetches a drand quicknet round's signature from public relays, where the network allows
 * (docs/entropy.md). Nothing here is trusted: the value goes through the same check as one an
 * office pastes (the BLS signature against the pinned key), so a lying relay only wastes a try.
 * Off unless `DRAND_URLS` names relays; a district without internet pastes the signature.
 */
export type DrandFetcher = (round: number) => Promise<string>;

export class DrandUnavailableError extends Error {
  override readonly name = 'DrandUnavailableError';
  readonly code = 'ENTROPY.FETCH_FAILED';
}

const RelayAnswer = z.object({
  round: z.number().int(),
  signature: z.string().regex(/^[0-9a-f]{96}$/),
});

type Fetch = (
  url: string,
  init?: { signal?: AbortSignal },
) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}>;

/** Tries each relay in turn (`<base>/<chain hash>/public/<round>`), 5 s each. */
export const createDrandFetcher =
  (relays: readonly string[], fetchImpl: Fetch = fetch as unknown as Fetch): DrandFetcher =>
  async (round) => {
    const problems: string[] = [];
    for (const base of relays) {
      const url = `${base.replace(/\/$/, '')}/${QUICKNET.chainHash}/public/${round}`;
      try {
        const res = await fetchImpl(url, { signal: AbortSignal.timeout(5000) });
        if (!res.ok) {
          problems.push(`${base}: HTTP ${res.status}`);
          continue;
        }
        const answer = RelayAnswer.safeParse(await res.json());
        if (answer.success && answer.data.round === round) return answer.data.signature;
        problems.push(`${base}: not round ${round}'s signature`);
      } catch (e) {
        problems.push(`${base}: ${(e as Error).message}`);
      }
    }
    throw new DrandUnavailableError(
      `no relay gave drand quicknet round ${round}: ${problems.join('; ') || 'no relay configured'}`,
    );
  };

/**
 * Fetches the committed round's signature and enters it as the office would, once the
 * round's time has passed. Answers the task as it then stands.
 */
export const fetchDrandEntropy = async (
  deps: WorkflowDeps,
  fetcher: DrandFetcher,
  actor: Actor,
  taskId: string,
): Promise<Task> => {
  const task = await uc.getTask(deps, { actor, taskId });
  if (task.entropy !== undefined) return task;
  const source = parseEntropySource(task.entropySource);
  if (source.kind !== 'drand')
    throw new ConflictError(
      'ENTROPY.NOT_DRAND',
      `task ${task.id} takes its entropy from ${task.entropySource}; only a drand round is fetched`,
      { field: 'entropySource', rule: 'fetch a beacon round', value: task.entropySource },
    );
  const due = quicknetRoundTime(source.round);
  if (Date.parse(deps.clock.now()) < Date.parse(due))
    throw new ConflictError(
      'ENTROPY.BEFORE_ROUND',
      `drand round ${source.round} exists only from ${due}`,
      { field: 'entropySource', rule: 'a beacon round exists only from its time', value: due },
    );
  const signature = await fetcher(source.round);
  return uc.acceptEntropy(deps, {
    actor,
    taskId,
    entropy: `drand:quicknet:${source.round}:${signature}`,
  });
};
