import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicTask } from '../../functions/src/http/public/public.schemas';
import { launchChromium } from './support/browser';
import {
  CONSOLE_TASK,
  CONSOLE_YEAR,
  type ConsoleSeeded,
  SEEDED_TARGETS,
  startConsoleServer,
} from './support/console-seed';
import { xlsxOf } from './support/xlsx';

/**
 * The staff console in Chromium against the real local server: each role's main path, in
 * the order a district works — the department imports and files, the office approves,
 * creates the task and draws, an inspector records on a phone, the department enters the
 * rest and publishes. The tests share one server and run in order.
 */

const GB18030_FILE = fileURLToPath(
  new URL('./support/console-targets-gb18030.csv', import.meta.url),
);

let seeded: ConsoleSeeded;
let chromium: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  [seeded, chromium] = await Promise.all([startConsoleServer(), launchChromium()]);
}, 90_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await chromium?.close();
  await seeded?.server.close();
});

/** A fresh browser profile signed in as the person whose button reads `who`. */
const signIn = async (who: string, viewport = { width: 1280, height: 900 }): Promise<Page> => {
  const context = await chromium.newContext({ viewport, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(seeded.console);
  await page.getByRole('button', { name: who, exact: true }).click();
  await page.locator('header.top').waitFor();
  return page;
};

const go = async (page: Page, hash: string) => {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
};

const publicTask = async (): Promise<PublicTask> =>
  (await fetch(`${seeded.url}/tasks/${CONSOLE_TASK}`)).json() as Promise<PublicTask>;

const noHorizontalScroll = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );

describe('the staff console', () => {
  it('signs in locally from a list of the district, saying it is never deployed', async () => {
    const context = await chromium.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(seeded.console);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect.poll(() => page.getByRole('note').textContent()).toContain('不会部署到云端');
    for (const who of ['联席会议办公室', '区市场监管局', '区生态环境分局'])
      expect(await page.getByRole('button', { name: who, exact: true }).count()).toBe(1);
    expect(
      await page
        .getByRole('button', { name: /市监检查员1（区市场监管局 检查人员 SCJG-P1）/ })
        .count(),
    ).toBe(1);
  });

  it('a department imports a GB18030 file: preview, progress, the bad row downloadable', async () => {
    const page = await signIn('区市场监管局');
    await go(page, '#/dept/import');
    await page.getByLabel(/将 CSV/).setInputFiles(GB18030_FILE);
    const preview = page.getByRole('heading', { name: /预览/ });
    await expect.poll(() => preview.textContent()).toContain('GB18030，11 行');
    // the mapped columns, before anything is written
    expect(await page.locator('[data-mapped="uscc"]').count()).toBe(1);
    expect(await page.locator('[data-mapped="riskClass"]').count()).toBe(1);
    expect(await page.locator('table.preview tbody').textContent()).toContain(
      '台儿庄区运河副食店1',
    );
    await page.getByRole('button', { name: '导入 11 行' }).click();
    const report = page.locator('[data-report]');
    await expect.poll(() => report.textContent()).toContain('新增 10');
    expect(await report.textContent()).toContain('有误 1');
    expect(
      await page.locator('progress').evaluate((p: HTMLProgressElement) => [p.value, p.max]),
    ).toEqual([11, 11]);
    // the bad code is the sixth data row: line 7 of the file
    const bad = page.locator('table.errors tr[data-row="7"]');
    expect(await bad.textContent()).toContain('uscc');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载错误清单（CSV）' }).click(),
    ]);
    const text = await readFile((await download.path())!, 'utf8');
    expect(text).toMatch(/^\ufeff行号,字段,规则,代码,值\r\n7,uscc,/);
    const listed = await fetch(`${seeded.url}/departments/SCJG/targets?limit=1000&status=active`, {
      headers: { authorization: `Bearer ${seeded.scjg}` },
    }).then((r) => r.json() as Promise<{ items: unknown[] }>);
    expect(listed.items).toHaveLength(SEEDED_TARGETS + 10);
    expect(pageErrors).toEqual([]);
  });

  it('a department imports inspectors from an XLSX file, its columns mapped in the preview, 日常监管人员 without a certificate', async () => {
    const page = await signIn('区市场监管局');
    await go(page, '#/dept/import');
    await page.getByLabel('导入到').selectOption('inspectors');
    await page.getByLabel(/将 CSV/).setInputFiles({
      name: '执法人员.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: xlsxOf([
        ['编号', '姓名', '人员类别', '执法证号', '执法证有效期至', '执法资质', '可任组长', '备注'],
        [
          'SCJG-P7',
          '市监检查员7',
          '执法人员',
          'C-SCJG-7',
          `${CONSOLE_YEAR + 2}/6/30`,
          'SCJG-GEN',
          '是',
          '新调入',
        ],
        [
          'SCJG-P8',
          '市监检查员8',
          '',
          'C-SCJG-8',
          `${CONSOLE_YEAR + 2}年6月30日`,
          'SCJG-GEN',
          '否',
          '',
        ],
        // 日常监管人员 hold no 执法证: listed, never drawn, may go along with a team
        ['SCJG-D1', '日常监管员1', '日常监管人员', '', '', '', '否', '网格监管员'],
      ]),
    });
    await expect
      .poll(() => page.getByRole('heading', { name: /预览/ }).textContent())
      .toContain('XLSX，3 行');
    expect(await page.locator('[data-mapped="certificateExpiry"]').count()).toBe(1);
    expect(await page.locator('[data-mapped="category"]').count()).toBe(1);
    // a column the server does not read is shown as such before anything is written
    expect(await page.locator('th', { hasText: '备注' }).locator('[data-mapped=""]').count()).toBe(
      1,
    );
    await page.getByRole('button', { name: '导入 3 行' }).click();
    await expect.poll(() => page.locator('[data-report]').textContent()).toContain('新增 3');
    expect(await page.locator('[data-report]').textContent()).toContain('未导入的列：备注');
    const daily = (await fetch(`${seeded.url}/departments/SCJG/inspectors/SCJG-D1`, {
      headers: { authorization: `Bearer ${seeded.scjg}` },
    }).then((r) => r.json())) as Record<string, unknown>;
    expect(daily).toMatchObject({ category: 'daily-supervision', mayLead: false });
    expect(daily.certificateNo).toBeUndefined();
    // the directory says who is who, and the entry offers the category
    await go(page, '#/dept/inspectors/SCJG-D1');
    expect(await page.getByLabel('人员类别').inputValue()).toBe('daily-supervision');
    await go(page, '#/dept/inspectors/SCJG-P8');
    await expect.poll(() => page.getByLabel('人员类别').inputValue()).toBe('enforcement');
    expect(pageErrors).toEqual([]);
  });

  it('a department adds an inspection item; a bad code is marked, a code already listed refused', async () => {
    const page = await signIn('区市场监管局');
    await go(page, '#/dept/items');
    await page.getByText('新增检查事项').click();
    // a code the schema refuses: the refusal names the field, and the field is marked
    await page.getByLabel('事项编码').fill('sc k1');
    await page.getByLabel('事项名称').fill('广告发布行为检查');
    await page.getByLabel('法律依据').fill('《中华人民共和国广告法》第四十九条');
    await page.getByRole('button', { name: '新增', exact: true }).click();
    await expect.poll(() => page.getByLabel('事项编码').getAttribute('aria-invalid')).toBe('true');
    // a code already listed: refused with its rule
    await page.getByLabel('事项编码').fill('SC-K1');
    await page.getByRole('button', { name: '新增', exact: true }).click();
    await expect.poll(() => page.locator('.error').textContent()).toContain('ITEM.EXISTS');
    await page.getByLabel('事项编码').fill('SC-G2');
    await page.getByRole('button', { name: '新增', exact: true }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('已新增 SC-G2');
    await expect
      .poll(() => page.locator('table tbody').textContent())
      .toContain('广告发布行为检查');
  });

  it('a department files a plan that breaks a band, sees why, corrects it and files it', async () => {
    const page = await signIn('区市场监管局');
    await go(page, '#/dept/plan');
    await page.getByLabel('任务名称').fill('食品经营者主体责任抽查');
    await page.getByLabel(/SC-K1/).check();
    const ratio = page.getByLabel('抽查比例（%）');
    await ratio.fill('10');
    // checked as the clerk types, by the domain's own ratio rules
    await expect.poll(() => page.locator('.warn').textContent()).toContain('≥ 20 %');
    await page.getByRole('button', { name: '报送计划' }).click();
    // the server's refusal, with its code, and the field it names marked
    const refusal = page.locator('.error[role="alert"]');
    await expect.poll(() => refusal.textContent()).toContain('PLAN.');
    expect(await page.locator('.field.invalid, fieldset.invalid').count()).toBeGreaterThan(0);
    await ratio.fill('50');
    await expect.poll(() => page.locator('.ok[data-check]').textContent()).toContain('50');
    expect(await page.locator('.warn').count()).toBe(0);
    await page.getByRole('button', { name: '报送计划' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('计划已报送');
    await expect
      .poll(() => page.locator('[data-status]').getAttribute('data-status'))
      .toBe('filed');
  });

  it('the office returns the plan with a reason, and the department files it again', async () => {
    const page = await signIn('联席会议办公室');
    const row = page.locator('tr[data-dept="SCJG"]');
    await expect.poll(() => row.textContent()).toContain('已报送');
    await row.getByRole('link').click();
    await page.getByLabel('退回原因').fill('请补充检查依据后重新报送');
    await page.getByRole('button', { name: '退回', exact: true }).click();
    await expect
      .poll(() => page.locator('[data-status]').getAttribute('data-status'))
      .toBe('returned');
    const dept = await signIn('区市场监管局');
    // the department was told, in its own notifications, with the reason
    await expect
      .poll(() => dept.locator('section[aria-labelledby="outbox-h"]').textContent())
      .toContain('请补充检查依据后重新报送');
    await go(dept, '#/dept/plan');
    await expect
      .poll(() => dept.locator('main > p').first().textContent())
      .toContain('退回原因：请补充检查依据后重新报送');
    await dept.getByRole('button', { name: '报送计划' }).click();
    await expect
      .poll(() => dept.locator('[data-status]').getAttribute('data-status'))
      .toBe('filed');
  });

  it('the office approves the plan, creates the task and runs its draw', async () => {
    const page = await signIn('联席会议办公室');
    const row = page.locator('tr[data-dept="SCJG"]');
    await expect.poll(() => row.textContent()).toContain('已报送');
    await row.getByRole('link').click();
    await page.getByRole('button', { name: '审核通过' }).click();
    await expect
      .poll(() => page.locator('[data-status]').getAttribute('data-status'))
      .toBe('approved');

    // two witnesses outside the office publish the SHA-256 of their secrets first
    const witnesses: Page[] = [];
    for (const who of ['区纪委监委（纪检监察）', '区公证处']) {
      const w = await signIn(who);
      await w.getByLabel(/任务编号/).fill(CONSOLE_TASK);
      await w.getByRole('button', { name: '生成秘密并公布其 SHA-256' }).click();
      await expect.poll(() => w.getByRole('status').first().textContent()).toContain('已公布');
      witnesses.push(w);
    }

    await page.getByRole('link', { name: '创建任务' }).click();
    await page.getByLabel('计划（部门）').selectOption('SCJG');
    await page.getByLabel('计划任务').selectOption('1');
    await page.getByLabel('备选对象数（全部）').fill('1');
    expect(await page.getByLabel(/见证人（编号/).inputValue()).toBe('JJJC,GZC');
    await page.getByRole('button', { name: '创建任务并冻结名录' }).click();
    // an error would show in the form; the task's own screen opens instead
    await expect
      .poll(async () => `${page.url()} ${await page.locator('.error').allTextContents()}`, {
        timeout: 30_000,
      })
      .toMatch(new RegExp(`#/office/tasks/${CONSOLE_TASK} $`));

    // the commitment is shown, with the witnesses' hashes, before anyone reveals
    await expect
      .poll(() => page.locator('dl.digests').textContent(), { timeout: 30_000 })
      .toMatch(/对象库摘要[0-9a-f]{64}/);
    expect(await page.locator('table.witnesses tbody tr').count()).toBe(2);
    expect(await page.locator('.stratum').count()).toBe(0);
    for (const w of witnesses) {
      await w.getByRole('button', { name: '揭示' }).click();
      await expect.poll(() => w.getByRole('status').first().textContent()).toContain('揭示');
    }
    const next = page.getByRole('button', { name: /揭晓下一层/ });
    await next.waitFor({ timeout: 30_000 });
    await next.click();
    const stratum = page.locator('.stratum').first();
    expect(await stratum.textContent()).toContain('名录 30 户，抽取 15 户');
    expect(await stratum.locator('.team').count()).toBe(15);
    expect(await stratum.textContent()).toContain('（组长）');
    expect(await page.getByRole('link', { name: '在本机验证抽取' }).getAttribute('href')).toBe(
      `../#/verify/${CONSOLE_TASK}`,
    );
    const task = await publicTask();
    expect(task.draws?.[0]?.entropy).toMatch(/^witness:[0-9a-f]{64}$/);
    expect(task.witnesses?.status).toBe('complete');
    expect(pageErrors).toEqual([]);
  });

  it('an inspector records a result on a 390 px phone', async () => {
    // wait for the workflow to hand the draw to the inspectors
    let task = await publicTask();
    for (let i = 0; i < 100 && !['Notified', 'Inspecting'].includes(task.stage); i++) {
      await new Promise((r) => setTimeout(r, 100));
      task = await publicTask();
    }
    // an inspector the sign-in page lists (a few enforcement officers of each department)
    const people = (await (await fetch(`${seeded.url}/local/people`)).json()) as {
      people: { role: string; sub?: string }[];
    };
    const listed = people.people.filter((p) => p.role === 'inspector').map((p) => p.sub ?? '');
    expect(listed).toContain('SCJG-P1');
    expect(listed).not.toContain('SCJG-D1');
    const a = task.draws![0]!.assignments.find((x) =>
      x.members.some((m) => listed.includes(m.id)),
    )!;
    const me = a.members.find((m) => listed.includes(m.id))!;
    const page = await signIn(`${me.name}（区市场监管局 检查人员 ${me.id}）`, {
      width: 390,
      height: 844,
    });
    const link = page.getByRole('link', { name: a.targetName, exact: true });
    await link.waitFor();
    await noHorizontalScroll(page);
    await link.click();
    await page.getByLabel('检查结果（标准用语）').selectOption('corrected');
    await page.getByLabel(/执法记录/).setInputFiles({
      name: '现场照片.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('photo'),
    });
    await expect.poll(() => page.locator('.evidence').textContent()).toContain('现场照片.jpg');
    // 《行政处罚法》第55条: each member's 执法证, ticked; a 日常监管人员 went along
    const shown = page.getByRole('group', { name: '出示执法证' }).getByRole('checkbox');
    await expect.poll(() => shown.count()).toBe(a.members.length);
    const certificates = await Promise.all(
      a.members.map((m) =>
        fetch(`${seeded.url}/departments/SCJG/inspectors/${m.id}`, {
          headers: { authorization: `Bearer ${seeded.scjg}` },
        })
          .then((r) => r.json() as Promise<{ certificateNo: string }>)
          .then((i) => i.certificateNo),
      ),
    );
    for (const [i, no] of certificates.entries()) {
      expect(await shown.nth(i).isChecked()).toBe(true);
      expect(await shown.nth(i).getAttribute('value')).toBe(no);
    }
    expect(await page.getByRole('group', { name: '出示执法证' }).textContent()).toContain(
      certificates[0],
    );
    await page.getByRole('checkbox', { name: '日常监管员1（SCJG-D1）' }).check();
    await noHorizontalScroll(page);
    await page.getByRole('button', { name: '提交结果' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('结果已录入');
    const detail = await fetch(`${seeded.url}/tasks/${CONSOLE_TASK}/detail`, {
      headers: { authorization: `Bearer ${seeded.office}` },
    }).then(
      (r) =>
        r.json() as Promise<{
          results: {
            targetId: string;
            recordedBy: string;
            wording: string;
            evidence: unknown[];
            certificatesShown: string[];
            accompanying?: string[];
          }[];
        }>,
    );
    expect(detail.results).toHaveLength(1);
    expect(detail.results[0]).toMatchObject({
      targetId: a.target,
      recordedBy: me.id,
      wording: 'corrected',
      certificatesShown: certificates,
      accompanying: ['SCJG-D1'],
    });
    expect(detail.results[0]!.evidence).toHaveLength(1);
  });

  it('the department enters the other results in a batch and publishes them', async () => {
    const page = await signIn('区市场监管局');
    await go(page, `#/dept/tasks/${CONSOLE_TASK}`);
    const rows = page.locator('table.batch tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(14);
    await page.getByRole('button', { name: '全选' }).click();
    await page.getByRole('button', { name: '录入所选结果' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent(), { timeout: 30_000 })
      .toContain('已录入 14 条结果');
    // every one with the 执法证 its team showed, ticked by default
    const recorded = await fetch(`${seeded.url}/tasks/${CONSOLE_TASK}/detail`, {
      headers: { authorization: `Bearer ${seeded.office}` },
    }).then(
      (r) => r.json() as Promise<{ results: { team: string[]; certificatesShown: string[] }[] }>,
    );
    expect(recorded.results).toHaveLength(15);
    for (const r of recorded.results)
      expect(r.certificatesShown).toEqual(r.team.map((id) => `C-${id.replace('-P', '-')}`));
    await page.getByRole('button', { name: '公示 15 条结果' }).click();
    await expect
      .poll(
        async () =>
          `${await page.locator('.error').allTextContents()}${await page.getByRole('status').first().textContent()}`,
        { timeout: 20_000 },
      )
      .toContain('结果已公示');
    const published = await fetch(
      `${seeded.url}/results?q=${encodeURIComponent('台儿庄区')}&limit=100`,
    ).then((r) => r.json() as Promise<{ items: { taskId: string }[] }>);
    expect(published.items.filter((r) => r.taskId === CONSOLE_TASK)).toHaveLength(15);

    // a problem found is handed to the department in charge
    const result = page.getByLabel('检查结果', { exact: true });
    const first = (await result.locator('option').nth(1).getAttribute('value'))!;
    await result.selectOption(first);
    await page.getByLabel('接收部门').selectOption('STHJ');
    expect(await page.getByLabel('接收机关名称').inputValue()).toBe('区生态环境分局');
    await page.getByLabel('移交原因').fill('发现排污设施未正常运行，移交主管部门处理');
    await page.getByRole('button', { name: '移交', exact: true }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('已移交');
    expect(pageErrors).toEqual([]);
  });

  it('a department edits a target changed meanwhile, sees what changed, keeps its edit and deactivates it', async () => {
    const auth = { authorization: `Bearer ${seeded.scjg}`, 'content-type': 'application/json' };
    const page = await signIn('区市场监管局');
    await go(page, '#/dept/targets');
    await page.locator('table tbody tr').first().waitFor();
    await page.getByLabel(/搜索/).fill('运河副食店3');
    expect(await page.locator('table tbody tr').count()).toBe(1);
    const link = page.locator('table tbody a').first();
    const id = (await link.textContent())!;
    await link.click();
    await page.getByLabel('行业').fill('餐饮服务');
    // meanwhile another clerk moves the target to another town
    const read = await fetch(`${seeded.url}/departments/SCJG/targets/${id}`, { headers: auth });
    const before = (await read.json()) as { version: number };
    const other = await fetch(`${seeded.url}/departments/SCJG/targets/${id}`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ town: '涧头集镇', expectedVersion: before.version }),
    });
    expect(other.status).toBe(200);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    const conflict = page.locator('.conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('所属镇街运河街道涧头集镇');
    await page.getByRole('button', { name: '以最新版本为基础，保留我的修改' }).click();
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('已保存');
    const after = (await (
      await fetch(`${seeded.url}/departments/SCJG/targets/${id}`, { headers: auth })
    ).json()) as { town: string; industry: string; version: number };
    expect(after).toMatchObject({
      town: '涧头集镇',
      industry: '餐饮服务',
      version: before.version + 2,
    });
    await page.getByLabel('停用原因').fill('已注销');
    await page.getByRole('button', { name: '停用', exact: true }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('停用原因：已注销');
    expect(await page.locator('ol.history > li').count()).toBeGreaterThanOrEqual(4);
  });

  it('needs no horizontal scroll at 360 px on the main screens', async () => {
    const phone = { width: 360, height: 780 };
    const office = await signIn('联席会议办公室', phone);
    await office.locator('tr[data-dept="SCJG"]').waitFor();
    // the handoff of the department waits for its acknowledgement on the dashboard
    await expect
      .poll(() => office.locator('section', { has: office.locator('#handoffs-h') }).textContent())
      .toContain(`${CONSOLE_TASK}：区市场监管局 → 区生态环境分局`);
    // coverage by town and risk class: the directory (one target deactivated) against the draw
    await office.getByRole('button', { name: '统计覆盖情况' }).click();
    const town = office.locator('table.coverage tr[data-town="运河街道"] td');
    await town.first().waitFor();
    const cells = await town.allTextContents();
    expect(cells.map((c) => c.split('/')[1])).toEqual(['8', '8', '6', '7']);
    const drawnThere = cells.reduce((n, c) => n + Number(c.split('/')[0]), 0);
    expect(drawnThere).toBeGreaterThanOrEqual(14);
    expect(drawnThere).toBeLessThanOrEqual(15);
    await noHorizontalScroll(office);
    await go(office, `#/office/tasks/${CONSOLE_TASK}`);
    await office.getByRole('button', { name: '全部揭晓' }).click();
    await noHorizontalScroll(office);
    const dept = await signIn('区市场监管局', phone);
    for (const [hash, ready] of [
      ['#/dept', '#inbox-home-h'],
      ['#/dept/plan', '.plan-task'],
      ['#/dept/import', '.drop'],
      ['#/dept/targets', 'table tbody tr'],
      [`#/dept/tasks/${CONSOLE_TASK}`, '#publish-h'],
    ] as const) {
      await go(dept, hash);
      await dept.locator(ready).first().waitFor();
      await noHorizontalScroll(dept);
    }
    expect(pageErrors).toEqual([]);
  });
});
