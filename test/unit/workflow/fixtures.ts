import {
  type CreateTaskInput,
  type Inspector,
  type Item,
  newItem,
  newTask,
  type Plan,
  type PlanTask,
  type RiskClass,
  type Target,
  type Task,
} from '@double-random/domain';

export const NOW = '2026-03-02T01:00:00.000Z';
const stamp = { createdAt: NOW, updatedAt: NOW, version: 1, history: [] };

export const item = (department: string, code: string, qualification = code): Item =>
  newItem(
    {
      department,
      code,
      name: `${code} 检查`,
      legalBasis: '《中华人民共和国食品安全法》第一百一十条',
      category: 'general',
      methods: ['on-site'],
      qualification,
    },
    { actor: 'seed', now: NOW },
  ).item;

export const items: Item[] = [
  item('SCJG', 'SCJG-FOOD'),
  item('SCJG', 'SCJG-ADS'),
  item('STHJ', 'STHJ-EMIT'),
];

export const plannedTask = (over: Partial<PlanTask> = {}): PlanTask => ({
  seq: 7,
  id: '2026-SCJG-007',
  name: '食品生产企业监督检查',
  items: ['SCJG-FOOD'],
  scope: { kinds: [], towns: [], industries: [], riskClasses: [] },
  strata: [
    { key: 'risk:A', ratioBp: 500 },
    { key: 'risk:D', ratioBp: 2000 },
  ],
  window: { start: '2026-03-01', end: '2026-11-30' },
  participants: [],
  teamSize: 2,
  initiator: 'SCJG',
  joint: false,
  category: 'general',
  ratio: { numerator: 0, denominator: 0, weighted: false, bp: 1250 },
  ...over,
});

export const plan = (
  tasks: PlanTask[] = [plannedTask()],
  status: Plan['status'] = 'approved',
): Plan => ({
  id: 'SCJG-2026',
  department: 'SCJG',
  year: 2026,
  status,
  tasks,
  late: false,
  ...stamp,
});

export const createInput = (over: Partial<CreateTaskInput> = {}): CreateTaskInput => ({
  department: 'SCJG',
  year: 2026,
  seq: 7,
  reserves: { 'risk:A': 2, 'risk:D': 1 },
  entropySource: 'drand:quicknet:25000000',
  ...over,
});

export const task = (over: Partial<PlanTask> = {}, input: Partial<CreateTaskInput> = {}): Task =>
  newTask(plan([plannedTask(over)]), items, createInput(input), NOW);

export const jointTask = (): Task =>
  task({ items: ['SCJG-FOOD', 'STHJ-EMIT'], participants: ['STHJ'], joint: true });

export const target = (id: string, riskClass: RiskClass, over: Partial<Target> = {}): Target => ({
  id,
  department: 'SCJG',
  name: `企业${id}`,
  kind: 'enterprise',
  town: '运河街道',
  industry: '食品制造',
  riskClass,
  unit: `U${Number(id.slice(-1)) % 3}`,
  status: 'active',
  ...stamp,
  ...over,
});

export const inspector = (id: string, over: Partial<Inspector> = {}): Inspector => ({
  id,
  department: 'SCJG',
  unit: `U${Number(id.slice(-1)) % 3}`,
  name: `检查员${id}`,
  certificateNo: `Z${id}`,
  certificateExpiry: '2027-12-31',
  qualifications: ['SCJG-FOOD'],
  expertise: [],
  mayLead: id.endsWith('1'),
  conflicts: [],
  status: 'active',
  ...stamp,
  ...over,
});

/**
 * 40 targets (A: T00–T29, D: T30–T39) and 8 inspectors per department. STHJ regulates the
 * same 40 subjects (shared market subjects): its items' population, whose ratio a joint task
 * counts toward (台政发〔2019〕12号 二(二)); they never enter SCJG's pool.
 */
const scjgTargets: Target[] = Array.from({ length: 40 }, (_, i) =>
  target(`T${String(i).padStart(2, '0')}`, i < 30 ? 'A' : 'D'),
);
export const targets: Target[] = [
  ...scjgTargets,
  ...scjgTargets.map((t) => ({ ...t, department: 'STHJ' })),
];
export const inspectors: Inspector[] = [
  ...Array.from({ length: 8 }, (_, i) => inspector(`P${i + 1}`)),
  ...Array.from({ length: 4 }, (_, i) =>
    inspector(`E${i + 1}`, { department: 'STHJ', qualifications: ['STHJ-EMIT'] }),
  ),
];

/**
 * The 执法证 numbers a team shows (《行政处罚法》第55条), as `list` holds them: every result
 * recorded through the use case carries them as `certificatesShown`.
 */
export const certificatesOf = (
  team: readonly string[],
  list: readonly Inspector[] = inspectors,
): string[] =>
  team.flatMap((id) => {
    const no = list.find((i) => i.id === id)?.certificateNo;
    return no ? [no] : [];
  });
