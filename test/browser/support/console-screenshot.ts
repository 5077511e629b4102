/**
 * Screenshots of each role's main screen of the staff console for the documentation:
 * `npx tsx test/browser/support/console-screenshot.ts` writes docs/screenshot-console-*.png
 * (the office's dashboard and draw screen, a department's task with its batch entry, an
 * inspector's assignment on a 390 px phone). Chinese needs a CJK font on the machine, e.g.
 * Debian's `fonts-wqy-microhei`.
 */
import { fileURLToPath } from 'node:url';
import { witnessCommitment } from '@double-random/draw';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser';
import { CONSOLE_TASK, CONSOLE_YEAR, startConsoleServer } from './console-seed';

const docs = (name: string) => fileURLToPath(new URL(`../../../docs/${name}`, import.meta.url));
const seeded = await startConsoleServer();
const { server } = seeded;
const call = async (method: string, path: string, token: string, body?: unknown) => {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
};

// a year as the console's users leave it: a plan filed and approved, a witnessed draw
const plan = await call('PUT', `/plans/${CONSOLE_YEAR}/departments/SCJG`, seeded.scjg, {
  tasks: [
    {
      seq: 1,
      name: '食品经营者主体责任抽查',
      items: ['SC-K1'],
      strata: [{ key: 'all', ratioBp: 5000 }],
      window: { start: `${CONSOLE_YEAR}-01-01`, end: `${CONSOLE_YEAR}-12-31` },
      teamSize: 2,
    },
  ],
});
await call('POST', `/plans/${CONSOLE_YEAR}/departments/SCJG/approve`, seeded.office, {
  expectedVersion: plan.version,
});
const witnesses = ['JJJC', 'GZC'];
const secret = (w: string) => witnessCommitment(`${CONSOLE_TASK}/${w}/screenshot`);
const witnessTokens = Object.fromEntries(
  await Promise.all(
    witnesses.map(async (w) => [w, await server.issueToken({ role: 'witness', dept: w })]),
  ),
);
for (const w of witnesses)
  await call('POST', `/tasks/${CONSOLE_TASK}/witnesses/${w}/commitment`, witnessTokens[w], {
    commitment: witnessCommitment(secret(w)),
  });
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
await call('POST', '/tasks', seeded.office, {
  department: 'SCJG',
  year: CONSOLE_YEAR,
  seq: 1,
  reserves: { all: 1 },
  entropySource: `witness:${today}:${witnesses.join(',')}`,
});
const stageOf = async () => (await fetch(`${server.url}/tasks/${CONSOLE_TASK}`)).json();
for (let t = await stageOf(); t.stage !== 'AwaitingEntropy'; t = await stageOf())
  await new Promise((r) => setTimeout(r, 100));
for (const w of witnesses)
  await call('POST', `/tasks/${CONSOLE_TASK}/witnesses/${w}/reveal`, witnessTokens[w], {
    reveal: secret(w),
  });
let task = await stageOf();
while (!['Notified', 'Inspecting'].includes(task.stage)) {
  await new Promise((r) => setTimeout(r, 100));
  task = await stageOf();
}

const browser = await launchChromium();
const signIn = async (who: string, width: number, height: number): Promise<Page> => {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 2 });
  await page.goto(seeded.console);
  await page.getByRole('button', { name: who, exact: true }).click();
  await page.locator('header.top').waitFor();
  return page;
};
try {
  const office = await signIn('联席会议办公室', 1280, 1100);
  await office.locator('tr[data-dept="SCJG"]').waitFor();
  await office.getByRole('heading', { name: '区级配额报告' }).waitFor();
  await office.waitForTimeout(1500);
  await office.screenshot({ path: docs('screenshot-console-office.png'), fullPage: true });
  await office.evaluate((id) => {
    location.hash = `#/office/tasks/${id}`;
  }, CONSOLE_TASK);
  await office.getByRole('button', { name: '全部揭晓' }).click();
  await office.screenshot({ path: docs('screenshot-console-draw.png'), fullPage: true });

  const dept = await signIn('区市场监管局', 1280, 1000);
  await dept.evaluate((id) => {
    location.hash = `#/dept/tasks/${id}`;
  }, CONSOLE_TASK);
  await dept.locator('table.batch tbody tr').first().waitFor();
  await dept.screenshot({ path: docs('screenshot-console-department.png') });

  const assignment = task.draws[0].assignments.find((a: { members: { id: string }[] }) =>
    a.members.some((m) => ['SCJG-P1', 'SCJG-P2', 'SCJG-P3'].includes(m.id)),
  );
  const me = assignment.members.find((m: { id: string }) =>
    ['SCJG-P1', 'SCJG-P2', 'SCJG-P3'].includes(m.id),
  );
  const inspector = await signIn(`${me.name}（区市场监管局 检查人员 ${me.id}）`, 390, 844);
  await inspector.getByRole('link', { name: assignment.targetName, exact: true }).click();
  await inspector.getByRole('button', { name: '提交结果' }).waitFor();
  await inspector.screenshot({ path: docs('screenshot-console-inspector.png'), fullPage: true });
} finally {
  await browser.close();
  await server.close();
}
