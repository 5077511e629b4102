import { readFileSync } from 'node:fs';
import {
  type Commitment,
  type DrawRecord,
  type FrozenBundle,
  type InspectionResult,
  type Task,
  TaskSchema,
  usccCheckChar,
} from '@double-random/domain';
import type { DrawBundle, DrawResult } from '@double-random/draw';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/draw/${name}`, import.meta.url), 'utf8'));

/** A real dr-draw/1 bundle and its result (spec example 1), draw `2026-SCJG-001`. */
export const exampleBundle = fixture('example-1.bundle.json') as DrawBundle;
export const exampleResult = fixture('example-1.result.json') as DrawResult;
export const frozenExample = (): FrozenBundle => {
  const { entropy: _entropy, ...frozen } = exampleBundle;
  return frozen;
};

export const task = (id: string, over: Partial<Task> = {}): Task =>
  TaskSchema.parse({
    id,
    year: 2026,
    planId: 'SCJG-2026',
    name: `task ${id}`,
    category: 'general',
    items: [{ code: 'FOOD-01', department: 'SCJG', qualification: 'SCJG-FOOD' }],
    initiator: 'SCJG',
    participants: [],
    joint: false,
    scope: { kinds: [], towns: [], industries: [], riskClasses: [] },
    strata: [{ key: 'all', ratioBp: 1000, reserve: 2 }],
    teamSize: 2,
    cap: 0,
    crossUnit: true,
    draws: [{ drawId: id, department: 'SCJG', role: 'targets', qualification: 'SCJG-FOOD' }],
    window: { start: '2026-03-01', end: '2026-06-30' },
    entropySource: 'ceremony:2026-03-10',
    stage: 'Created',
    createdAt: '2026-02-01T01:00:00.000Z',
    updatedAt: '2026-02-01T01:00:00.000Z',
    version: 1,
    ...over,
  });

export const commitmentOf = (taskId: string, over: Partial<Commitment> = {}): Commitment => ({
  taskId,
  drawId: taskId,
  poolDigest: 'a'.repeat(64),
  paramsDigest: 'b'.repeat(64),
  rosterDigest: 'c'.repeat(64),
  participants: [],
  entropySource: 'ceremony:2026-03-10',
  at: '2026-03-02T02:00:00.000Z',
  ...over,
});

export const drawRecordOf = (taskId: string, over: Partial<DrawRecord> = {}): DrawRecord => ({
  drawId: exampleResult.drawId,
  taskId,
  department: 'SCJG',
  entropy: exampleBundle.entropy,
  result: exampleResult,
  at: '2026-03-10T03:00:00.000Z',
  ...over,
});

/** A valid 统一社会信用代码 from a number: 91330000 + 9 digits + check character. */
export const uscc = (n: number): string => {
  const first17 = `91330000${String(n).padStart(9, '0')}`;
  return `${first17}${usccCheckChar(first17)}`;
};

export const resultOf = (
  taskId: string,
  targetId: string,
  over: Partial<InspectionResult> = {},
): InspectionResult => ({
  taskId,
  targetId,
  item: 'FOOD-01',
  department: 'SCJG',
  method: 'on-site',
  inspectionDate: '2026-04-01',
  wording: 'no-problem',
  evidence: [],
  team: ['I1', 'I2'],
  suspectedCrime: false,
  recordedBy: 'dept:SCJG',
  recordedAt: '2026-04-01T08:00:00.000Z',
  publication: { dueBy: '2026-04-30', provisional: false },
  ...over,
});
