import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_COLUMNS } from '../../functions/src/exports/layouts';
import { readXlsx } from '../../functions/src/exports/xlsx';
import { type DemoSummary, loadDemo } from '../../packages/local/src/demo/load';
import { startTestServer, type TestServer } from './support/local-server';

/** The office's and the departments' downloads over HTTP, on the small demo district. */

let api: TestServer;
let demo: DemoSummary;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const download = async (path: string, token?: string) => {
  const res = await fetch(`${api.url}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return {
    status: res.status,
    headers: res.headers,
    bytes: new Uint8Array(await res.arrayBuffer()),
  };
};

/** RFC 4180 with a BOM: what Excel reads. */
const parseCsv = (bytes: Uint8Array): string[][] => {
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3));
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
};

interface Published {
  taskId: string;
  target: { name: string };
  item: { name: string };
  wording: string;
  completedOn: string;
}

const publishedResults = async () => {
  const out: Published[] = [];
  let cursor: string | undefined;
  do {
    const q = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const res = await api.request('GET', `/results?limit=1000${q}`);
    out.push(...res.body.items);
    cursor = res.body.cursor;
  } while (cursor);
  return out.filter((r) => r.taskId.startsWith(`${demo.year}-`));
};

beforeAll(async () => {
  api = await startTestServer();
  demo = await loadDemo({
    url: api.url,
    scale: 0.05,
    tokens: (c) => (c.role === 'office' ? api.tokenFor('office') : api.tokenFor('dept', c.dept)),
  });
}, 90_000);

afterAll(async () => {
  await api?.close();
});

describe('results export', () => {
  it('gives the office every published result in the national layout, row for row', async () => {
    const office = await api.tokenFor('office');
    const res = await download(`/exports/results?year=${demo.year}&format=csv`, office);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="${demo.year}________.csv"; filename*=UTF-8''${encodeURIComponent(`${demo.year}年度抽查结果公示.csv`)}`,
    );
    const [header, ...rows] = parseCsv(res.bytes);
    expect(header).toEqual(NATIONAL_COLUMNS.map((c) => c.header));
    expect(header!.slice(0, 9)).toEqual([
      '抽查计划编号',
      '抽查计划名称',
      '抽查任务编号',
      '抽查任务名称',
      '抽查类型',
      '抽查机关',
      '抽查完成日期',
      '检查事项',
      '检查结果',
    ]);
    const published = await publishedResults();
    expect(rows.length).toBe(published.length);
    const key = (taskId: string, target: string, item: string, wording: string, date: string) =>
      [taskId, target, item, wording, date].join('|');
    expect(rows.map((r) => key(r[2]!, r[9]!, r[7]!, r[8]!, r[6]!)).sort()).toEqual(
      published
        .map((p) => key(p.taskId, p.target.name, p.item.name, p.wording, p.completedOn))
        .sort(),
    );
  });

  it('writes the same rows as XLSX, read back cell by cell', async () => {
    const office = await api.tokenFor('office');
    const csv = parseCsv(
      (await download(`/exports/results?year=${demo.year}&format=csv`, office)).bytes,
    );
    const res = await download(`/exports/results?year=${demo.year}&format=xlsx`, office);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    const [sheet] = await readXlsx(res.bytes);
    expect(sheet!.sheet).toBe('抽查结果公示');
    expect(sheet!.rows.map((r) => r.map((c) => (c === null ? '' : String(c))))).toEqual(csv);
  });

  it("gives a department its own results only, and refuses another department's", async () => {
    const scjg = await api.tokenFor('dept', 'SCJG');
    const own = await download(`/exports/results?year=${demo.year}&format=csv`, scjg);
    expect(own.status).toBe(200);
    const [, ...rows] = parseCsv(own.bytes);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r[5]))).toEqual(new Set(['区市场监管局']));
    const other = await download(`/exports/results?year=${demo.year}&dept=STHJ`, scjg);
    expect(other.status).toBe(403);
    const inspector = await api.tokenFor('inspector', undefined, 'SCJG-001');
    expect((await download(`/exports/results?year=${demo.year}`, inspector)).status).toBe(403);
    expect((await download(`/exports/results?year=${demo.year}`)).status).toBe(401);
  });

  it('shows the office every recorded result in the full layout: unpublished ones and the warning-only penalty too', async () => {
    const office = await api.tokenFor('office');
    const national = parseCsv((await download(`/exports/results?year=${demo.year}`, office)).bytes);
    const full = parseCsv(
      (await download(`/exports/results?year=${demo.year}&layout=full`, office)).bytes,
    );
    const [header, ...rows] = full;
    expect(rows.length).toBeGreaterThan(national.length - 1);
    const warning = header!.indexOf('仅警告(不公示)');
    const published = header!.indexOf('结果公示日期');
    expect(rows.some((r) => r[warning] === '是')).toBe(true);
    expect(rows.some((r) => r[published] === '')).toBe(true);
  });

  it('refuses an unknown format with the field named', async () => {
    const office = await api.tokenFor('office');
    const res = await api.request('GET', `/exports/results?year=${demo.year}&format=pdf`, {
      token: office,
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('format');
  });
});

describe('plans and draw exports', () => {
  it("lists every planned task of the year for the office, a department's own for it", async () => {
    const office = await api.tokenFor('office');
    const res = await download(`/exports/plans/${demo.year}?format=xlsx`, office);
    expect(res.status).toBe(200);
    const [sheet] = await readXlsx(res.bytes);
    const [header, ...rows] = sheet!.rows;
    expect(header!.slice(0, 6)).toEqual([
      '抽查计划编号',
      '年度',
      '部门',
      '计划状态',
      '抽查任务编号',
      '抽查任务名称',
    ]);
    expect(rows).toHaveLength(demo.district.allTasks);
    const joint = header!.indexOf('部门联合抽查');
    expect(rows.filter((r) => r[joint] === '是')).toHaveLength(demo.district.jointTasks);
    const scjg = await download(`/exports/plans/${demo.year}`, await api.tokenFor('dept', 'SCJG'));
    const [, ...own] = parseCsv(scjg.bytes);
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((r) => r[0]))).toEqual(new Set([`SCJG-${demo.year}`]));
  });

  it("lists a task's drawn and reserve targets with their teams, for the task's departments", async () => {
    const taskId = demo.tasks.ids[0]!;
    const task = (await api.request('GET', `/tasks/${taskId}`)).body;
    const expected = task.draws.reduce(
      (n: number, d: { strata: { selected: unknown[]; reserve: unknown[] }[] }) =>
        n + d.strata.reduce((m, s) => m + s.selected.length + s.reserve.length, 0),
      0,
    );
    const res = await download(`/exports/tasks/${taskId}/draw`, await api.tokenFor('office'));
    expect(res.status).toBe(200);
    const [header, ...rows] = parseCsv(res.bytes);
    expect(rows).toHaveLength(expected);
    const role = header!.indexOf('抽取类别');
    const team = header!.indexOf('执法检查人员');
    for (const r of rows.filter((x) => x[role] === '抽中')) expect(r[team]).not.toBe('');
    const outsider = await api.tokenFor('dept', 'JTYS');
    expect((await download(`/exports/tasks/${taskId}/draw`, outsider)).status).toBe(403);
  });
});
