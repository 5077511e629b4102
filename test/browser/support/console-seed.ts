import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shanghaiDate } from '@double-random/domain';
import { ensureConsole } from '../../../packages/console/src/build';
import { type LocalServer, startLocalServer } from '../../../packages/local/src/server';
import { ensureSite } from '../../../packages/site/src/build';
import { usccOf } from '../../e2e/support/fixtures';

/** The current year in Shanghai: plans, windows and the ceremony all lie in it. */
export const CONSOLE_YEAR = Number(shanghaiDate(new Date().toISOString()).slice(0, 4));
export const CONSOLE_TASK = `${CONSOLE_YEAR}-SCJG-001`;
/** targets in the directory before the department's own import in the browser */
export const SEEDED_TARGETS = 20;

export interface ConsoleSeeded {
  server: LocalServer;
  /** the console's address: `${url}/console/` */
  console: string;
  url: string;
  office: string;
  scjg: string;
}

/**
 * A local server with the public page and the console, and the start of a district as
 * its departments leave it through the API: 区市场监管局 (SCJG) with a key and a general
 * item, six inspectors and twenty targets, no plan yet. The browser does the rest.
 */
export const startConsoleServer = async (): Promise<ConsoleSeeded> => {
  process.env.LOG_LEVEL ??= 'silent';
  const [staticDir, consoleDir] = [await ensureSite(), await ensureConsole()];
  const dataDir = await mkdtemp(join(tmpdir(), 'double-random-console-'));
  const started = await startLocalServer({
    port: 0,
    dataDir,
    staticDir,
    consoleDir,
    log: { info: () => {}, error: () => {} },
  });
  const server: LocalServer = {
    ...started,
    close: async () => {
      await started.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  const office = await server.issueToken({ role: 'office' });
  const scjg = await server.issueToken({ role: 'dept', dept: 'SCJG' });
  const call = async (method: string, path: string, body: unknown, type = 'application/json') => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${scjg}`, 'content-type': type },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  };
  for (const [code, name, category] of [
    ['SC-K1', '食品经营者落实食品安全主体责任情况检查', 'key'],
    ['SC-G1', '产品质量监督抽查', 'general'],
  ] as const)
    await call('POST', '/departments/SCJG/items', {
      code,
      name,
      legalBasis: '《中华人民共和国食品安全法》第八十七条',
      category,
      methods: ['on-site'],
      qualification: 'SCJG-GEN',
    });
  for (let i = 1; i <= 6; i++)
    await call('POST', '/departments/SCJG/inspectors', {
      id: `SCJG-P${i}`,
      name: `市监检查员${i}`,
      certificateNo: `C-SCJG-${i}`,
      certificateExpiry: `${CONSOLE_YEAR + 3}-12-31`,
      qualifications: ['SCJG-GEN'],
      mayLead: i <= 3,
    });
  const rows = Array.from(
    { length: SEEDED_TARGETS },
    (_, i) => `${usccOf(600 + i)},台儿庄区兰祺商店${i + 1},企业,运河街道,食品销售,${'ABCD'[i % 4]}`,
  );
  await call(
    'POST',
    '/departments/SCJG/targets/import',
    ['统一社会信用代码,名称,主体类型,所属镇街,行业,信用风险等级', ...rows].join('\r\n'),
    'text/csv',
  );
  return { server, url: server.url, console: `${server.url}/console/`, office, scjg };
};
