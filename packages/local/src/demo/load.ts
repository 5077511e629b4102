import { createHash } from 'node:crypto';
import {
  APPROVING_DEPARTMENT,
  addCalendarDays,
  departmentName,
  shanghaiDate,
} from '@double-random/domain';
import { witnessCommitment } from '@double-random/draw';
import { mapLimit } from '@double-random/store';
import type { DepartmentSpec, ItemSpec, PlannedTaskSpec } from './catalogue';
import {
  type Caller,
  type DemoClient,
  DemoRequestError,
  demoClient,
  type TokenSource,
} from './client';
import { buildDistrict, type DemoDistrict, planBody } from './district';
import { type Random, seeded } from './random';

/**
 * Loads the living demo district into a running server, through the HTTP API only:
 * directories, item lists, annual plans and the district plan, then a year's work — tasks,
 * commitments, entropy, draws, results, publication and handoffs. Deterministic (a seeded
 * generator, ids from the catalogue) and re-runnable: what exists is skipped, so a second
 * run creates nothing.
 */

export interface DemoOptions {
  url: string;
  tokens: TokenSource;
  /** 1 = about 5,000 targets and 120 inspectors; tests use 0.05 */
  scale?: number;
  /** the plan year; default the current year in Asia/Shanghai */
  year?: number;
  /** the clock the dates are chosen from (the server keeps its own) */
  now?: () => Date;
  log?: (line: string) => void;
  /** how long to wait for the workflow to reach a stage */
  stepTimeoutMs?: number;
  /**
   * The server's clock, when the loader may move it (`pnpm start --demo`, in one process):
   * the year is then told in order — plans filed in January, tasks committed and drawn early in
   * February, each task inspected in its window after its draw and published a week later —
   * and the clock is released to the real time at the end.
   */
  clock?: { now(): string; advanceTo(instant: string): void; release(): void };
}

type Count = { created: number; existing: number };
const count = (): Count => ({ created: 0, existing: 0 });

export interface DemoSummary {
  year: number;
  scale: number;
  departments: number;
  items: Count;
  targets: { rows: number; created: number; updated: number; unchanged: number; invalid: number };
  inspectors: {
    rows: number;
    created: number;
    updated: number;
    unchanged: number;
    invalid: number;
  };
  conflicts: Count;
  plans: { filed: number; approved: number; published: number; existing: number };
  district: { approved: boolean; existing: boolean; jointTasks: number; allTasks: number };
  tasks: Count & { failed: string[]; ids: string[] };
  entropy: Count;
  results: Count & { byWording: Record<string, number> };
  publications: number;
  handoffs: Count;
  acknowledgements: Count;
  /** everything this run created; 0 on a re-run */
  createdTotal: number;
  durationMs: number;
}

interface Assignment {
  taskId: string;
  drawId: string;
  department: string;
  target: string;
  stratum: string;
  role: 'selected' | 'reserve';
  members: string[];
  leader: string | null;
  status: 'filled' | 'unfilled';
  replaces?: string;
}

interface Result {
  targetId: string;
  item: string;
  department: string;
  wording: string;
  suspectedCrime: boolean;
  promiseBroken?: boolean;
  publication: { dueBy: string; publishedAt?: string };
}

interface Handoff {
  id: string;
  targetId: string;
  item: string;
  kind: string;
  receiverDepartment?: string;
  acknowledgement?: unknown;
}

interface TaskView {
  id: string;
  stage: string;
  initiator: string;
  participants: string[];
  items: { code: string; department: string }[];
  strata: { key: string }[];
  window: { start: string; end: string };
  entropySource: string;
  entropy?: string;
  draws: { drawId: string; department: string; role: string }[];
  failure?: { code: string; message: string };
}

interface Detail {
  task: TaskView;
  assignments: Assignment[];
  results: Result[];
  handoffs: Handoff[];
  /** more assignments or results than one answer holds follow by these (a large draw) */
  assignmentsCursor?: string;
  resultsCursor?: string;
}

const office: Caller = { role: 'office' };
const dept = (code: string): Caller => ({ role: 'dept', dept: code });

/**
 * The witnesses of a demo task's commit–reveal (docs/entropy.md): the discipline-inspection
 * office 纪检监察 (JJJC) and a participating department, or the notary (公证处, GZC) when the
 * task has none. A witness that is a department acts with its department token.
 */
const witnessesOf = (task: PlannedTaskSpec): string[] => ['JJJC', task.participants?.[0] ?? 'GZC'];
const witnessCaller = (w: string, task: PlannedTaskSpec): Caller =>
  task.participants?.includes(w) ? dept(w) : { role: 'witness', dept: w };
/** Deterministic demo secrets, so a second run finds the same commitments (real ones: 32 random bytes). */
const demoSecret = (taskId: string, w: string): string =>
  createHash('sha256').update(`double-random demo witness ${taskId} ${w}`).digest('hex');

const IMPORT_ROWS = 2000;
const WAITING = new Set(['Created', 'Frozen', 'Committed']);
const INSPECTABLE = new Set(['Notified', 'Inspecting', 'Publishing', 'HandingOff', 'Done']);
const GONE = new Set([
  'unreachable',
  'closed-or-liquidating',
  'deregistered',
  'revoked',
  'moved-out',
]);
const HANDOFF_WORDINGS = new Set(['pending-follow-up', 'obstruction-serious', 'false-disclosure']);

/** The department in charge of what another department found (谁主管谁监管). */
const IN_CHARGE: Record<string, string> = {
  SCJG: 'ZHZF',
  ZHZF: 'STHJ',
  STHJ: 'ZHZF',
  YJJ: 'SCJG',
  SWJ: 'YJJ',
  ZJJ: 'ZRZY',
  ZRZY: 'ZJJ',
  JTYS: 'YJJ',
  NYNC: 'SCJG',
};

const maxDate = (a: string, b: string) => (a > b ? a : b);
const minDate = (a: string, b: string) => (a < b ? a : b);
/** Departments keeping their item lists, or filing their plans, at once. */
const DEPARTMENTS_AT_ONCE = 3;
/** Tasks created, or revealed and drawn, at once by the loader (`runYear`). */
const CEREMONIES_AT_ONCE = 4;
/** Results of one task recorded at once. */
const RESULTS_AT_ONCE = 4;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the showcase results are: one each, on the first targets that fit. */
type Scenario = 'unreachable' | 'handoff' | 'warning' | 'penalty';

export const loadDemo = async (options: DemoOptions): Promise<DemoSummary> => {
  const started = performance.now();
  const scale = options.scale ?? 1;
  const now = options.now ?? (() => new Date());
  const today = shanghaiDate(now().toISOString());
  const year = options.year ?? Number(today.slice(0, 4));
  const log = options.log ?? (() => {});
  const stepTimeoutMs = options.stepTimeoutMs ?? 60_000;
  const api = demoClient(options.url, options.tokens);
  const district = buildDistrict({ year, scale });

  const summary: DemoSummary = {
    year,
    scale,
    departments: district.departments.length,
    items: count(),
    targets: { rows: 0, created: 0, updated: 0, unchanged: 0, invalid: 0 },
    inspectors: { rows: 0, created: 0, updated: 0, unchanged: 0, invalid: 0 },
    conflicts: count(),
    plans: { filed: 0, approved: 0, published: 0, existing: 0 },
    district: { approved: false, existing: false, jointTasks: 0, allTasks: 0 },
    tasks: { ...count(), failed: [], ids: [] },
    entropy: count(),
    results: { ...count(), byWording: {} },
    publications: 0,
    handoffs: count(),
    acknowledgements: count(),
    createdTotal: 0,
    durationMs: 0,
  };

  // with a clock of its own the demo's year starts early in January: item lists, directories
  options.clock?.advanceTo(`${year}-01-05T01:00:00.000Z`);
  await loadItems(api, district, summary);
  log(`items: ${summary.items.created} created, ${summary.items.existing} there`);
  await loadDirectories(api, district, summary);
  log(
    `targets: ${summary.targets.rows} rows, ${summary.targets.created} created; inspectors: ${summary.inspectors.rows} rows, ${summary.inspectors.created} created`,
  );
  await loadConflicts(api, district, summary);
  // with a clock of its own the demo files its plans at the end of January, on their days
  options.clock?.advanceTo(`${year}-01-31T01:00:00.000Z`);
  const filingDay = options.clock ? shanghaiDate(options.clock.now()) : today;
  await loadPlans(api, district, summary, minDate(filingDay, today));
  log(
    `plans: ${summary.plans.filed} filed, ${summary.plans.approved} approved, ${summary.plans.published} published, ${summary.plans.existing} already published`,
  );
  await approveDistrict(api, year, summary);
  log(
    `district plan: ${summary.district.jointTasks} joint of ${summary.district.allTasks} draws${summary.district.approved ? ', approved now' : ''}`,
  );

  const work = new YearOfWork(api, district, summary, {
    today,
    stepTimeoutMs,
    log,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  try {
    await work.run(executedTasks(district, today, scale));
  } finally {
    options.clock?.release();
  }

  summary.createdTotal =
    summary.items.created +
    summary.targets.created +
    summary.targets.updated +
    summary.inspectors.created +
    summary.inspectors.updated +
    summary.conflicts.created +
    summary.plans.filed +
    summary.plans.approved +
    summary.plans.published +
    (summary.district.approved ? 1 : 0) +
    summary.tasks.created +
    summary.entropy.created +
    summary.results.created +
    summary.publications +
    summary.handoffs.created +
    summary.acknowledgements.created;
  summary.durationMs = Math.round(performance.now() - started);
  return summary;
};

const loadItems = async (api: DemoClient, district: DemoDistrict, summary: DemoSummary) => {
  // the departments keep their lists at once, as their staff would; each list in order
  await mapLimit(district.departments, DEPARTMENTS_AT_ONCE, async ({ spec }) => {
    for (const item of spec.items) {
      const answer = await api.call(
        dept(spec.code),
        'POST',
        `/departments/${spec.code}/items`,
        item,
        {
          conflictIsFine: true,
        },
      );
      if (answer.status === 409) summary.items.existing++;
      else summary.items.created++;
    }
  });
};

type ImportTotals = DemoSummary['targets'];

const importRows = async (
  api: DemoClient,
  code: string,
  kind: 'targets' | 'inspectors',
  rows: readonly object[],
  totals: ImportTotals,
) => {
  for (let i = 0; i < rows.length; i += IMPORT_ROWS) {
    const part = rows.slice(i, i + IMPORT_ROWS);
    const { body } = await api.call<ImportTotals & { errors?: unknown[] }>(
      dept(code),
      'POST',
      `/departments/${code}/${kind}/import?rowOffset=${i}`,
      part,
    );
    totals.rows += body.rows;
    totals.created += body.created;
    totals.updated += body.updated;
    totals.unchanged += body.unchanged;
    totals.invalid += body.invalid;
    if (body.invalid > 0)
      throw new Error(
        `the demo's own ${kind} of ${code} were refused: ${JSON.stringify(body.errors?.slice(0, 3))}`,
      );
  }
};

const loadDirectories = async (api: DemoClient, district: DemoDistrict, summary: DemoSummary) => {
  for (const d of district.departments) {
    await importRows(api, d.spec.code, 'targets', d.targets, summary.targets);
    await importRows(api, d.spec.code, 'inspectors', d.inspectors, summary.inspectors);
  }
};

const loadConflicts = async (api: DemoClient, district: DemoDistrict, summary: DemoSummary) => {
  for (const c of district.conflicts) {
    const path = `/departments/${c.department}/inspectors/${c.inspectorId}`;
    const { body } = await api.call<{ version: number; conflicts: { targetId: string }[] }>(
      dept(c.department),
      'GET',
      path,
    );
    if (body.conflicts.some((x) => x.targetId === c.targetId)) {
      summary.conflicts.existing++;
      continue;
    }
    const answer = await api.call(
      dept(c.department),
      'POST',
      `${path}/conflicts`,
      {
        expectedVersion: body.version,
        targetId: c.targetId,
        reason: c.reason,
        declaredBy: c.declaredBy,
        // 回避 takes effect on the responsible official's decision (《行政处罚法》第43条)
        decision: { approved: true, by: `${departmentName(c.department)}分管负责人` },
      },
      { conflictIsFine: true },
    );
    if (answer.status === 409) summary.conflicts.existing++;
    else summary.conflicts.created++;
  }
};

interface PlanState {
  status: string;
  version: number;
}

/**
 * The day a demo department filed its plan. The district's departments file in January
 * (二(四)); a demo loaded later in the year enters those plans now, saying on which January
 * day each was filed on paper (filedOn), so none reads 逾期报送 and the plan shows both
 * days. In January itself, or for a year not begun, they are simply filed now.
 */
export const demoFiledOn = (year: number, today: string, index: number): string | undefined => {
  const day = `${year}-01-${String(Math.min(5 + 2 * index, 31)).padStart(2, '0')}`;
  return day < today ? day : undefined;
};

const loadPlans = async (
  api: DemoClient,
  district: DemoDistrict,
  summary: DemoSummary,
  today: string,
) => {
  const { year } = district;
  // each department files, and the office approves and publishes, its plan apart from the others
  await mapLimit(
    [...district.departments.entries()],
    DEPARTMENTS_AT_ONCE,
    async ([index, { spec }]) => {
      const path = `/plans/${year}/departments/${spec.code}`;
      const me = dept(spec.code);
      let answer = await api.send<PlanState>(me, 'GET', `${path}/internal`);
      if (answer.status === 404) {
        const filedOn = demoFiledOn(year, today, index);
        answer = await api.call<PlanState>(me, 'PUT', path, {
          ...planBody(spec, year),
          ...(filedOn ? { filedOn } : {}),
        });
        summary.plans.filed++;
      } else if (answer.status !== 200)
        throw new DemoRequestError('GET', path, answer.status, answer.body);
      let plan = answer.body;
      if (plan.status === 'published') {
        summary.plans.existing++;
        return;
      }
      if (plan.status === 'filed') {
        plan = (
          await api.call<PlanState>(office, 'POST', `${path}/approve`, {
            expectedVersion: plan.version,
          })
        ).body;
        summary.plans.approved++;
      }
      if (plan.status === 'approved') {
        await api.call(me, 'POST', `${path}/publish`, { expectedVersion: plan.version });
        summary.plans.published++;
      }
    },
  );
};

const approveDistrict = async (api: DemoClient, year: number, summary: DemoSummary) => {
  const report = await api.call<{ overall: { tasks: number; joint: number } }>(
    office,
    'GET',
    `/plans/${year}/district/report`,
  );
  summary.district.jointTasks = report.body.overall.joint;
  summary.district.allTasks = report.body.overall.tasks;
  const existing = await api.send(undefined, 'GET', `/plans/${year}/district`);
  if (existing.status === 200) {
    summary.district.existing = true;
    return;
  }
  await api.call(office, 'POST', `/plans/${year}/district/approve`, undefined, {
    conflictIsFine: true,
  });
  summary.district.approved = true;
};

interface Executed {
  spec: DepartmentSpec;
  task: PlannedTaskSpec;
  id: string;
}

/**
 * The showcase tasks first (a joint task, the enterprise-disclosure check, a joint task whose
 * participant records late, a three-department task, the 告知承诺 projects whose broken
 * promise goes to the approving department), then the rest; a smaller scale runs fewer tasks.
 * Only tasks whose window has opened are run.
 */
const SHOWCASE = ['SCJG-1', 'SCJG-2', 'YJJ-3', 'ZJJ-2', 'ZJJ-4'];
/** The 告知承诺 item: its first drawn project is found not to have kept its promise. */
const PROMISE_ITEM = 'ZJJ-03';
export const LATE_RECORDER = { task: 'YJJ-3', department: 'SWJ' };

const executedTasks = (district: DemoDistrict, today: string, scale: number): Executed[] => {
  const all: Executed[] = district.departments.flatMap(({ spec }) =>
    spec.tasks.map((task) => ({
      spec,
      task,
      id: `${district.year}-${spec.code}-${String(task.seq).padStart(3, '0')}`,
    })),
  );
  const rank = (e: Executed) => {
    const k = SHOWCASE.indexOf(`${e.spec.code}-${e.task.seq}`);
    return k < 0 ? SHOWCASE.length : k;
  };
  const open = all
    .filter((e) => `${district.year}-${e.task.opens}` <= today)
    .sort((a, b) => rank(a) - rank(b));
  const wanted =
    scale >= 1 ? open.length : Math.max(SHOWCASE.length, Math.ceil(open.length * scale));
  return open.slice(0, wanted);
};

const DECISION_PREFIX: Record<string, string> = {
  SCJG: '台市监',
  STHJ: '枣台环',
  ZJJ: '台住建',
  ZHZF: '台综执',
  YJJ: '台应急',
  ZRZY: '台自然资源',
  JTYS: '台交运',
  NYNC: '台农',
  SWJ: '台商',
};

class YearOfWork {
  private readonly scenarios: Scenario[] = ['unreachable', 'handoff', 'warning', 'penalty'];
  private promiseBrokenShown = false;
  private decisionSerial = 0;

  constructor(
    private readonly api: DemoClient,
    private readonly district: DemoDistrict,
    private readonly summary: DemoSummary,
    private readonly o: {
      today: string;
      stepTimeoutMs: number;
      log: (line: string) => void;
      clock?: NonNullable<DemoOptions['clock']>;
    },
  ) {}

  /** The day of what is done now: the server's, when the loader keeps its clock. */
  private today(): string {
    return this.o.clock ? shanghaiDate(this.o.clock.now()) : this.o.today;
  }

  private nowIso(): string {
    return this.o.clock?.now() ?? new Date().toISOString();
  }

  /** Runs one step of a task; a task that fails is noted and the others go on. */
  private async step<T>(e: Executed, run: () => Promise<T>): Promise<T | undefined> {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof TaskFailed)) throw error;
      this.summary.tasks.failed.push(`${e.id}: ${error.message}`);
      this.o.log(`task ${e.id} failed: ${error.message}`);
      return undefined;
    }
  }

  async run(tasks: readonly Executed[]) {
    if (this.o.clock) return this.runYear(tasks, this.o.clock);
    for (const e of tasks)
      await this.step(e, async () => {
        await this.create(e, this.o.today);
        this.summary.tasks.ids.push(e.id);
        const d = await this.drawn(e);
        await this.inspect(e, d);
      });
  }

  /**
   * The year in order, phase by phase across the tasks: every task committed on 3 February,
   * its witnesses revealing on the 10th (the draws follow), then task by task in the order of
   * their windows: inspected from its window's start (never before the 17th), published and
   * handed on a week later.
   */
  private async runYear(tasks: readonly Executed[], clock: NonNullable<DemoOptions['clock']>) {
    const year = this.district.year;
    const nine = (day: string) => `${day}T01:00:00.000Z`; // 09:00 in Asia/Shanghai
    const revealDay = `${year}-02-10`;
    clock.advanceTo(nine(`${year}-02-03`));
    // the office creates the tasks and the witnesses reveal a few tasks at a time, as several
    // people would: each task's workflow runs on while the next is created
    const made = await mapLimit(tasks, CEREMONIES_AT_ONCE, (e) =>
      this.step(e, async () => {
        await this.create(e, revealDay);
        return true;
      }),
    );
    const created = tasks.filter((_, i) => made[i]);
    for (const e of created) this.summary.tasks.ids.push(e.id);
    clock.advanceTo(nine(revealDay));
    const reveals = await mapLimit(created, CEREMONIES_AT_ONCE, (e) =>
      this.step(e, () => this.drawn(e)),
    );
    const drawn: { e: Executed; d: Detail }[] = created.flatMap((e, i) => {
      const d = reveals[i];
      return d ? [{ e, d }] : [];
    });
    drawn.sort((a, b) => (a.d.task.window.start < b.d.task.window.start ? -1 : 1));
    for (const { e, d } of drawn) {
      clock.advanceTo(nine(maxDate(d.task.window.start, `${year}-02-17`)));
      await this.step(e, () =>
        this.inspect(e, d, () => clock.advanceTo(nine(addCalendarDays(this.today(), 7)))),
      );
    }
  }

  /** The task's detail with every assignment and result: a large draw's come a page at a time. */
  private detail = async (id: string) => {
    const first = await this.api.send<Detail>(office, 'GET', `/tasks/${id}/detail`);
    if (first.status !== 200) return first;
    const d = first.body;
    for (const list of ['assignments', 'results'] as const) {
      let cursor = list === 'assignments' ? d.assignmentsCursor : d.resultsCursor;
      while (cursor) {
        const path = `/tasks/${id}/${list}?cursor=${encodeURIComponent(cursor)}`;
        const page = await this.api.call<{ items: never[]; cursor?: string }>(office, 'GET', path);
        d[list].push(...page.body.items);
        cursor = page.body.cursor;
      }
    }
    return first;
  };

  /**
   * Waits until `done` holds of the task's detail. A wait that looks at the task alone (`task`)
   * polls the detail with one assignment and one result: the lists are what a large draw makes
   * heavy to read again every 100 ms.
   */
  private async waitFor(
    id: string,
    done: (d: Detail) => boolean,
    what: string,
    of: 'task' | 'lists' = 'lists',
  ): Promise<Detail> {
    const until = performance.now() + this.o.stepTimeoutMs;
    const path = `/tasks/${id}/detail`;
    // A state takes a fraction of a second here: polling at most every 100 ms keeps a task
    // from idling up to half a second after each of its steps is already done.
    for (let pause = 20; ; pause = Math.min(pause * 2, 100)) {
      const { body, status } =
        of === 'task'
          ? await this.api.send<Detail>(office, 'GET', `${path}?limit=1`)
          : await this.detail(id);
      if (status !== 200) throw new DemoRequestError('GET', path, status, body);
      if (body.task.stage === 'Failed')
        throw new TaskFailed(
          `${body.task.failure?.code ?? 'FAILED'} ${body.task.failure?.message ?? ''}`,
        );
      if (done(body)) return body;
      if (performance.now() > until)
        throw new Error(
          `task ${id} did not reach ${what} within ${this.o.stepTimeoutMs} ms (stage ${body.task.stage})`,
        );
      await sleep(pause);
    }
  }

  /** The witnesses commit, then the office creates the task (its freeze and commit follow). */
  private async create(e: Executed, revealDay: string) {
    const { id } = e;
    const first = await this.detail(id);
    const witnesses = witnessesOf(e.task);
    if (first.status === 404) {
      const strata = planBody(e.spec, this.district.year).tasks.find(
        (t) => t.seq === e.task.seq,
      )!.strata;
      // the witnesses publish the SHA-256 of their secrets before the task (and its freeze)
      for (const w of witnesses)
        await this.api.call(
          witnessCaller(w, e.task),
          'POST',
          `/tasks/${id}/witnesses/${w}/commitment`,
          { commitment: witnessCommitment(demoSecret(id, w)) },
          { conflictIsFine: true },
        );
      const created = await this.api.call(office, 'POST', '/tasks', {
        department: e.spec.code,
        year: this.district.year,
        seq: e.task.seq,
        reserves: Object.fromEntries(strata.map((s) => [s.key, 2])),
        entropySource: `witness:${revealDay}:${witnesses.join(',')}`,
      });
      if (created.status === 201) this.summary.tasks.created++;
      else this.summary.tasks.existing++;
    } else if (first.status === 200) this.summary.tasks.existing++;
    else throw new DemoRequestError('GET', `/tasks/${id}/detail`, first.status, first.body);
  }

  /** After its commitment each witness reveals; the task is drawn. */
  private async drawn(e: Executed): Promise<Detail> {
    const { id } = e;
    const witnesses = witnessesOf(e.task);
    const d = await this.waitFor(id, (x) => !WAITING.has(x.task.stage), 'its commitment', 'task');
    if (!d.task.entropy) {
      // after the commitment each witness reveals; the last reveal sets the entropy
      for (const w of witnesses)
        await this.api.call(
          witnessCaller(w, e.task),
          'POST',
          `/tasks/${id}/witnesses/${w}/reveal`,
          {
            reveal: demoSecret(id, w),
          },
        );
      this.summary.entropy.created++;
    } else this.summary.entropy.existing++;
    await this.waitFor(id, (x) => INSPECTABLE.has(x.task.stage), 'its draw', 'task');
    // drawn: the whole detail once, with every assignment
    const { body, status } = await this.detail(id);
    if (status !== 200) throw new DemoRequestError('GET', `/tasks/${id}/detail`, status, body);
    return body;
  }

  /** Results for every drawn team, then (a week later, where the clock is kept) publication and handoffs. */
  private async inspect(e: Executed, drawn: Detail, later: () => void = () => {}) {
    const { id } = e;
    let d = drawn;
    const late = `${e.spec.code}-${e.task.seq}` === LATE_RECORDER.task;
    // recordAll ends on a fresh read; publishing changes no result's wording or hand-off
    d = await this.recordAll(d, late);
    later();
    await this.publish(d, late);
    await this.handOff(d);
    this.o.log(`task ${id}: ${d.task.stage}`);
  }

  private inPlay = (a: Assignment) => a.role === 'selected' || a.replaces !== undefined;

  /** Results for every drawn team in play, until no replacement is pending. */
  private async recordAll(start: Detail, late: boolean): Promise<Detail> {
    let d = start;
    for (let round = 0; round < 10; round++) {
      const have = new Set(d.results.map((r) => `${r.targetId}|${r.item}`));
      const gonePending: string[] = [];
      const todo = d.task.items.flatMap((item) =>
        d.assignments
          .filter(
            (a) => a.department === item.department && this.inPlay(a) && a.status === 'filled',
          )
          .filter((a) => !have.has(`${a.target}|${item.code}`))
          .sort((a, b) => a.target.localeCompare(b.target))
          .map((a) => ({ a, item })),
      );
      if (todo.length === 0) {
        this.summary.results.existing += d.results.length;
        return d;
      }
      const plans = this.planResults(d, todo, late);
      // the teams record a few results at once, as teams in the field do
      const answers = await mapLimit(plans, RESULTS_AT_ONCE, (p) =>
        this.api.call(dept(p.department), 'POST', `/tasks/${d.task.id}/results`, p.body, {
          conflictIsFine: true,
        }),
      );
      for (const [i, p] of plans.entries()) {
        if (answers[i]?.status === 409) continue;
        this.summary.results.created++;
        const w = p.body.wording;
        this.summary.results.byWording[w] = (this.summary.results.byWording[w] ?? 0) + 1;
        if (GONE.has(w) && p.department === d.task.initiator) gonePending.push(p.body.targetId);
      }
      d =
        gonePending.length > 0
          ? await this.waitFor(
              d.task.id,
              (x) => gonePending.every((g) => x.assignments.some((a) => a.replaces === g)),
              'the replacement from reserve',
            )
          : (await this.detail(d.task.id)).body;
    }
    return d;
  }

  private certificatesOf(department: string, members: readonly string[]): string[] {
    const d = this.district.departments.find((x) => x.spec.code === department);
    return members.flatMap((id) => {
      const no = d?.inspectors.find((i) => i.id === id)?.certificateNo;
      return no ? [no] : [];
    });
  }

  private checklistOf(department: string, code: string): readonly string[] {
    const spec = this.district.departments.find((x) => x.spec.code === department)?.spec;
    return spec?.items.find((i) => i.code === code)?.checklist ?? [];
  }

  private itemMethod(department: string, code: string): ItemSpec['methods'][number] {
    const spec = this.district.departments.find((x) => x.spec.code === department)?.spec;
    return spec?.items.find((i) => i.code === code)?.methods[0] ?? 'on-site';
  }

  private planResults(
    d: Detail,
    todo: { a: Assignment; item: { code: string; department: string } }[],
    late: boolean,
  ) {
    // An inspection follows its draw and is recorded once done: the draws ran today (the
    // server's clock), so every inspection of this load is dated today, inside the window.
    const inspectionDate = maxDate(d.task.window.start, minDate(this.today(), d.task.window.end));
    const hasReserve = (a: Assignment) =>
      d.assignments.some(
        (x) =>
          x.drawId === a.drawId && x.role === 'reserve' && x.stratum === a.stratum && !x.replaces,
      );
    const initiatorDraw = d.task.draws[0]!.drawId;
    // A target found gone is gone for every department of a joint visit.
    const goneTargets = new Set<string>();
    const out: {
      department: string;
      body: Record<string, unknown> & { wording: string; targetId: string };
    }[] = [];
    for (const { a, item } of todo) {
      const r: Random = seeded(`result/${d.task.id}/${a.target}/${item.code}`);
      // the late department records but does not publish; the initiator publishes on time
      const lateHere = late && item.department === LATE_RECORDER.department;
      let wording: string = r.weighted([
        ['no-problem', 88],
        ['corrected', 6],
        ['no-relevant-business', 4],
        [item.code === 'SCJG-03' ? 'undisclosed-information' : 'no-problem', 2],
      ]);
      let penalty: Record<string, unknown> | undefined;
      const promiseBroken =
        item.code === PROMISE_ITEM && !this.promiseBrokenShown && a.role === 'selected';
      if (promiseBroken) {
        this.promiseBrokenShown = true;
        wording = 'pending-follow-up';
      } else if (goneTargets.has(a.target)) wording = 'unreachable';
      else if (!lateHere) {
        const next = this.scenarios[0];
        const fits =
          next !== 'unreachable' ||
          (a.drawId === initiatorDraw && a.role === 'selected' && hasReserve(a));
        if (next && fits) {
          this.scenarios.shift();
          if (next === 'unreachable') {
            wording = 'unreachable';
            goneTargets.add(a.target);
          } else if (next === 'handoff') wording = 'pending-follow-up';
          else {
            wording = 'corrected';
            this.decisionSerial++;
            const no = `${DECISION_PREFIX[item.department] ?? '台'}罚〔${this.district.year}〕${String(
              100 + this.decisionSerial + r.int(50),
            )}号`;
            penalty = {
              decisionNo: no,
              decisionDate: inspectionDate,
              kind: next === 'warning' ? '警告' : '罚款人民币伍仟元',
              warningOnly: next === 'warning',
            };
          }
        }
      }
      out.push({
        department: item.department,
        body: {
          targetId: a.target,
          item: item.code,
          method: this.itemMethod(item.department, item.code),
          inspectionDate,
          wording,
          team: a.members,
          // the team shows its 执法证 and answers the item's 检查内容 point by point
          certificatesShown: this.certificatesOf(item.department, a.members),
          checklist: this.checklistOf(item.department, item.code).map((_, i) => ({
            point: i + 1,
            answer:
              wording === 'no-problem' ? 'compliant' : i === 0 ? 'non-compliant' : 'compliant',
          })),
          ...(penalty ? { penalty } : {}),
          ...(promiseBroken
            ? { promiseBroken: true, note: '承诺事项未兑现，已制作现场笔录，移交审批部门处理' }
            : wording === 'pending-follow-up'
              ? { note: '现场发现问题，已制作现场笔录，移交主管部门后续处理' }
              : {}),
        },
      });
    }
    return out;
  }

  private async publish(d: Detail, late: boolean) {
    const departments = [d.task.initiator, ...d.task.participants];
    for (const department of departments) {
      if (late && department === LATE_RECORDER.department) continue;
      const unpublished = d.results.some(
        (r) => r.department === department && !r.publication.publishedAt,
      );
      if (!unpublished) continue;
      await this.api.call(dept(department), 'POST', `/tasks/${d.task.id}/publish`, { department });
      this.summary.publications++;
    }
  }

  private async handOff(d: Detail) {
    const taskId = d.task.id;
    let handedOff = false;
    for (const r of d.results) {
      if (!HANDOFF_WORDINGS.has(r.wording)) continue;
      if (d.handoffs.some((h) => h.targetId === r.targetId && h.item === r.item)) {
        this.summary.handoffs.existing++;
        continue;
      }
      // 承诺不兑现 goes back to the department that approved on the promise
      const receiver = r.promiseBroken
        ? APPROVING_DEPARTMENT.code
        : (IN_CHARGE[r.department] ?? 'SCJG');
      const answer = await this.api.call<Handoff>(
        dept(r.department),
        'POST',
        `/tasks/${taskId}/handoffs`,
        {
          targetId: r.targetId,
          item: r.item,
          kind: 'department-in-charge',
          receiverDepartment: receiver,
          receiverName: departmentName(receiver),
          reason: r.promiseBroken
            ? '告知承诺审批项目承诺不兑现，移交审批部门依法处理'
            : '抽查发现问题，按“谁主管、谁监管”移交主管部门后续处理',
          date: this.today(),
        },
        { conflictIsFine: true },
      );
      if (answer.status === 201) this.summary.handoffs.created++;
      else this.summary.handoffs.existing++;
      handedOff = true;
    }
    const after = handedOff ? (await this.detail(taskId)).body : d;
    for (const h of after.handoffs) {
      if (h.kind !== 'department-in-charge' || !h.receiverDepartment) continue;
      if (h.acknowledgement) {
        this.summary.acknowledgements.existing++;
        continue;
      }
      const answer = await this.api.call(
        dept(h.receiverDepartment),
        'POST',
        `/tasks/${taskId}/handoffs/${h.id}/acknowledge`,
        {
          acknowledgedBy: `${departmentName(h.receiverDepartment)}办公室`,
          at: this.nowIso(),
        },
        { conflictIsFine: true },
      );
      if (answer.status === 409) this.summary.acknowledgements.existing++;
      else this.summary.acknowledgements.created++;
    }
  }
}

class TaskFailed extends Error {
  override readonly name = 'TaskFailed';
}
