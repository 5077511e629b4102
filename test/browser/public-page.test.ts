import { parseBundle, runDraw } from '@double-random/draw';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dependencies, setDependencies } from '../../functions/src/composition';
import { launchChromium } from './support/browser';
import {
  nameOf,
  PARTICIPANT_DRAW,
  SEEDED_ENTROPY,
  type Seeded,
  startSeededServer,
  TASK_ID,
  YEAR,
} from './support/seed';

/** a well-formed code of no enterprise in the directory */
const OUTSIDER = '91331002999999999X';

let seeded: Seeded;
let chromium: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  [seeded, chromium] = await Promise.all([startSeededServer(), launchChromium()]);
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await seeded?.server.close();
});

beforeEach(async () => {
  await context?.close();
  context = await chromium.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
});

const open = async (hash: string) => {
  await page.goto(`${seeded.url}/${hash}`);
  await page.locator('#main:not([aria-busy]) > h1').waitFor();
};

const verdict = () => page.locator('[data-verdict]');

describe('the public page', () => {
  it('opens on the district’s year: its name, the counts and the latest draws', async () => {
    await open('#/');
    const glance = page.locator('section.glance');
    expect(await glance.locator('h2').textContent()).toBe(`枣庄市台儿庄区 ${YEAR} 年度`);
    const text = (await glance.textContent()) ?? '';
    expect(text).toMatch(/已公布部门计划\d+ 份/);
    expect(text).toMatch(/区级计划抽查任务\d+ 项（部门联合 \d+ 项）/);
    expect(await glance.locator(`a[href="#/tasks/${TASK_ID}"]`).count()).toBe(1);
    expect(await page.locator('#q-hint').textContent()).toContain('如“枣庄市台儿庄区”');
    expect(pageErrors).toEqual([]);
  });

  it('shows the audit log’s latest signed checkpoint and its public key', async () => {
    await seeded.server.auditLog.sequence();
    const latest = (await (await fetch(`${seeded.url}/audit-log/checkpoint`)).json()) as {
      size: number;
      rootHash: string;
      publicKey: string;
    };
    await open('#/');
    const section = page.locator('section.checkpoint');
    const text = (await section.textContent()) ?? '';
    expect(text).toContain(`记录条数${latest.size} 条`);
    expect(text).toContain(latest.rootHash);
    expect(text).toContain(latest.publicKey);
    expect(pageErrors).toEqual([]);
  });

  it('shows the approved district plan with its quota figures and the published plan', async () => {
    await open(`#/plans/${YEAR}`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect.poll(() => page.locator('h1').textContent()).toBe(`${YEAR} 年度抽查计划`);
    const district = page.locator('section', {
      has: page.getByRole('heading', { name: '区级年度抽查计划' }),
    });
    expect(await district.textContent()).toContain('100%（要求不低于 10%，达到）');
    expect(await district.textContent()).toContain('50%（1 项任务，要求不低于 20%）');
    const plans = await page.locator('#dept-plans ~ *').allTextContents();
    expect(plans.join('')).toContain('食品经营者与排污单位联合抽查');
    expect(plans.join('')).toContain('是，参与部门：STHJ');
    expect(plans.join('')).toContain('食品经营者落实食品安全主体责任情况检查（SC-K1）');
    expect(pageErrors).toEqual([]);
  });

  it('shows a task with its commitment, entropy, selected targets and teams with a leader', async () => {
    await open(`#/tasks/${TASK_ID}`);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('抽取前公示的承诺');
    expect(text).toContain(SEEDED_ENTROPY);
    // the witnesses, their hashes and their secrets (all revealed)
    expect(text).toContain('见证人 STHJ');
    expect(text).toContain('全部见证人已公开秘密');
    expect(text).toContain('全部对象：名录 60 户，抽取 30 户');
    expect(text).toContain(seeded.selected[0]!.name);
    // departments by name, not by code
    expect(text).toContain('发起部门区市场监管局');
    expect(text).toContain('是，参与部门：区生态环境分局');
    expect(text).toContain('参与部门 区生态环境分局 的检查人员抽取');
    expect(text).not.toContain('参与部门 STHJ');
    expect(await page.locator('.leader').count()).toBeGreaterThanOrEqual(30);
  });

  it('finds an enterprise by its credit code and shows its result and penalty', async () => {
    await open('#/results');
    await page.getByLabel('企业名称或统一社会信用代码').fill(seeded.penalised.toLowerCase());
    await page.getByRole('button', { name: '查询' }).click();
    await page.locator('#main:not([aria-busy]) li.result').first().waitFor();
    const cards = page.locator('li.result');
    expect(await cards.count()).toBe(1);
    const card = (await cards.first().textContent()) ?? '';
    expect(card).toContain(seeded.selected[0]!.name);
    expect(card).toContain('发现问题经责令已改正');
    expect(card).toContain(`椒市监罚〔${YEAR}〕12号`);
    expect(card).toContain('不定向抽查（部门联合抽查）');
    expect(pageErrors).toEqual([]);
  });

  it('pages through a name search a page at a time with 下一页', async () => {
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/results?')) asked.push(r.url());
    });
    await open(`#/results?q=${encodeURIComponent('台州市椒江区海门')}`);
    expect(await page.locator('li.result').count()).toBe(20);
    await page.getByRole('link', { name: '下一页' }).click();
    await expect.poll(() => page.locator('.pager span').textContent()).toBe('第 2 页');
    await page.locator('#main:not([aria-busy]) > h1').waitFor();
    expect(await page.locator('li.result').count()).toBe(10);
    expect(await page.getByRole('link', { name: '下一页' }).count()).toBe(0);
    expect(asked).toHaveLength(2);
    for (const url of asked) expect(new URL(url).searchParams.get('limit')).toBe('20');
    expect(new URL(asked[1]!).searchParams.get('cursor')).toBeTruthy();
  });

  it('re-runs the target draw in the browser and shows 一致', async () => {
    await open(`#/verify/${TASK_ID}`);
    await verdict().waitFor();
    expect(await verdict().getAttribute('data-verdict')).toBe('ok');
    expect(await verdict().textContent()).toContain('一致');
    expect(await verdict().evaluate((e) => getComputedStyle(e).color)).toBe('rgb(10, 122, 50)');
  });

  it('re-runs a draw whose bundle, result and task come by link, as a large draw’s do', async () => {
    // every answer above 1 byte goes by link (docs/text-and-limits.md): the page follows the
    // 303s to the gateway's /blobs/ links (S3's presigned GETs in AWS) and reads the same bytes
    const deps = dependencies();
    setDependencies({ ...deps, answers: { ...deps.answers!, inlineLimit: 1 } });
    const linked: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/blobs/')) linked.push(r.url());
    });
    try {
      await open(`#/verify/${TASK_ID}`);
      await verdict().waitFor();
    } finally {
      setDependencies(deps);
    }
    expect(await verdict().getAttribute('data-verdict')).toBe('ok');
    expect(linked.length).toBeGreaterThanOrEqual(3);
    expect(pageErrors).toEqual([]);
  });

  it('checks the entropy too: the witnesses reveals, loaded with the BLS code on demand', async () => {
    await open(`#/verify/${TASK_ID}`);
    await verdict().waitFor();
    expect(await page.locator('[data-entropy="ok"]').textContent()).toContain('见证人');
  });

  it('shows 不一致 when a reveal in the bundle does not match its published hash', async () => {
    await page.route(`**/draws/${TASK_ID}/bundle`, async (route) => {
      const res = await route.fetch();
      const bundle = await res.json();
      bundle.witnesses[1].reveal = bundle.witnesses[0].reveal;
      await route.fulfill({ response: res, json: bundle });
    });
    await open(`#/verify/${TASK_ID}`);
    await verdict().waitFor();
    expect(await verdict().getAttribute('data-verdict')).toBe('bad');
    expect(await verdict().textContent()).toContain('ENTROPY.WITNESS_REVEAL_MISMATCH');
  });

  it('checks a drand signature in the browser: the committed round verifies, another does not', async () => {
    // the seeded task served as if committed to drand's public vector round (spec §7.1); the
    // result is re-run here with that entropy, so only the signature check can tell them apart
    const SIGNATURE =
      'b713718a38ae728dfd477991af2822e08d2f305e47718cef9f7848ce4050e7be41076862b98fad56e91a6b85b89cd97b';
    const asDrand = async (round: number) => {
      const entropy = `drand:quicknet:${round}:${SIGNATURE}`;
      const bundle = await (await fetch(`${seeded.url}/draws/${TASK_ID}/bundle`)).json();
      const { witnesses: _w, ...drand } = { ...bundle, entropy };
      await page.route(`**/draws/${TASK_ID}/bundle`, (r) => r.fulfill({ json: drand }));
      await page.route(`**/draws/${TASK_ID}/result`, (r) =>
        r.fulfill({ json: runDraw(parseBundle(drand)) }),
      );
      await page.route(`**/tasks/${TASK_ID}`, async (r) => {
        const task = await (await r.fetch()).json();
        task.commitment.entropySource = `drand:quicknet:${round}`;
        await r.fulfill({ json: { ...task, witnesses: undefined } });
      });
      await open(`#/verify/${TASK_ID}`);
      await verdict().waitFor();
    };
    await asDrand(657413);
    expect(await verdict().getAttribute('data-verdict')).toBe('ok');
    expect(await page.locator('[data-entropy="ok"]').textContent()).toContain('quicknet');
    await page.unrouteAll();
    await page.goto('about:blank');
    await asDrand(657414);
    expect(await verdict().getAttribute('data-verdict')).toBe('bad');
    expect(await verdict().textContent()).toContain('ENTROPY.DRAND_SIGNATURE_INVALID');
  });

  it('verifies a participant draw of the joint task too', async () => {
    await open(`#/verify/${PARTICIPANT_DRAW}`);
    await verdict().waitFor();
    expect(await verdict().getAttribute('data-verdict')).toBe('ok');
  });

  it('shows 不一致 in red with the first difference when one pool id of the bundle is altered', async () => {
    await page.route(`**/draws/${TASK_ID}/bundle`, async (route) => {
      const res = await route.fetch();
      const bundle = await res.json();
      // one enterprise swapped for another that was never in the directory
      bundle.pool[0].id = OUTSIDER;
      await route.fulfill({ response: res, json: bundle });
    });
    await open(`#/verify/${TASK_ID}`);
    await verdict().waitFor();
    expect(await verdict().getAttribute('data-verdict')).toBe('bad');
    const text = (await verdict().textContent()) ?? '';
    expect(text).toContain('不一致');
    expect(text).toContain('poolDigest');
    expect(await verdict().evaluate((e) => getComputedStyle(e).color)).toBe('rgb(179, 38, 30)');
    expect(await page.getByLabel('统一社会信用代码').count()).toBe(0);
  });

  it('tells an enterprise whether it was selected, not drawn or not in the pool', async () => {
    await open(`#/verify/${TASK_ID}`);
    const input = page.getByLabel('统一社会信用代码');
    const ask = async (id: string) => {
      await input.fill(id);
      await input.press('Enter');
      return (await page.locator('.inclusion').textContent()) ?? '';
    };
    const selected = await ask(seeded.selected[0]!.id);
    expect(selected).toContain(`${seeded.selected[0]!.name} 在名录中（全部对象），被抽中`);
    expect(selected).toMatch(/组长 市监检查员\d/);
    expect(await ask(seeded.notDrawn)).toContain(
      `${seeded.notDrawn} 在名录中（全部对象），未被抽中`,
    );
    expect(await ask(OUTSIDER)).toContain('不在本次抽取的检查对象名录中');
  });

  it('fits a 360 px phone screen without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const hash of [
      `#/tasks/${TASK_ID}`,
      `#/plans/${YEAR}`,
      `#/verify/${TASK_ID}`,
      `#/results?q=${encodeURIComponent(nameOf(1))}`,
    ]) {
      await open(hash);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, hash).toBeLessThanOrEqual(360);
    }
  });

  it('keeps credit codes whole on a 390 px phone screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const uscc = /^[0-9A-HJ-NPQRTUWXY]{18}$/;
    for (const hash of [
      `#/tasks/${TASK_ID}`,
      `#/targets/${encodeURIComponent(seeded.penalised)}`,
    ]) {
      await open(hash);
      await page.locator('#main:not([aria-busy]) code.mono').first().waitFor();
      // Each code is also tried on a line that has only half its width left after what
      // precedes it (as with a wider CJK font): it must move to the next line whole.
      const codes = await page.locator('code.mono').evaluateAll(
        (els, pattern) =>
          els
            .filter((e) => new RegExp(pattern).test(e.textContent ?? ''))
            .map((e) => {
              const parent = e.parentElement!;
              const lines = e.getClientRects().length;
              const before = e.getBoundingClientRect().left - parent.getBoundingClientRect().left;
              const saved = parent.style.width;
              parent.style.width = `${before + e.getBoundingClientRect().width / 2}px`;
              const squeezed = e.getClientRects().length;
              parent.style.width = saved;
              return { text: e.textContent, lines, squeezed };
            }),
        uscc.source,
      );
      expect(codes.length, hash).toBeGreaterThan(0);
      for (const c of codes)
        expect({ lines: c.lines, squeezed: c.squeezed }, c.text!).toEqual({
          lines: 1,
          squeezed: 1,
        });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
    }
  });

  it('labels every form control and reaches them by keyboard with a visible focus', async () => {
    await open('#/results');
    const unlabelled = await page
      .locator('input, select, textarea')
      .evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).labels?.length === 0).length);
    expect(unlabelled).toBe(0);
    expect(await page.locator('[onclick], div[role=button], span[role=button]').count()).toBe(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).toBe('solid');
    for (let i = 0; i < 8 && (await page.evaluate(() => document.activeElement?.id)) !== 'q'; i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.type(seeded.selected[1]!.id);
    await page.keyboard.press('Enter');
    await page.locator('#main:not([aria-busy]) li.result').first().waitFor();
    expect(await page.locator('li.result').textContent()).toContain(seeded.selected[1]!.name);
  });
});
