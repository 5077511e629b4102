import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../packages/local/src/demo/load';
import { type LocalServer, startLocalServer } from '../../packages/local/src/server';

/**
 * Every command block of the README, run as written against a server holding the small demo
 * district: lines are taken from the file, not copied here, so the README cannot drift from
 * what works. Only the address differs: `localhost:3000` is this test's server.
 */

const ROOT = join(import.meta.dirname, '../..');
// the handlers in this process log every request at info
process.env.LOG_LEVEL = 'silent';
const README = join(ROOT, 'README.md');

interface Block {
  heading: string;
  lines: string[];
}

/** The ```sh blocks, each with the heading above it; `\` continuations joined. */
const shellBlocks = (text: string): Block[] => {
  const blocks: Block[] = [];
  let heading = '';
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    if (current) {
      if (line.startsWith('```')) {
        blocks.push({ heading, lines: current });
        current = undefined;
      } else if (current.length > 0 && current.at(-1)!.endsWith('\\'))
        current[current.length - 1] = `${current.at(-1)!.slice(0, -1)} ${line.trim()}`;
      else if (line.trim() !== '') current.push(line);
    } else if (/^```(sh|bash)\s*$/.test(line)) current = [];
    else if (line.startsWith('#')) heading = line.replace(/^#+\s*/, '');
  }
  return blocks;
};

const blocks = shellBlocks(await readFile(README, 'utf8'));
const setUp = blocks.find((b) => b.lines.some((l) => l.includes('pnpm@12.4.2 install')));
const runnable = blocks.filter((b) => b !== setUp);
/** Files the README's commands write into the checkout; removed afterwards. */
const WRITTEN = ['results.xlsx', 'result.json'];

let server: LocalServer;
let dataDir: string;

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

beforeAll(async () => {
  for (const f of WRITTEN)
    expect(await exists(join(ROOT, f)), `${f} is in the checkout already`).toBe(false);
  dataDir = await mkdtemp(join(tmpdir(), 'dr-readme-'));
  server = await startLocalServer({
    dataDir,
    port: 0,
    log: { info: () => {}, error: () => {} },
  });
  // the README's year: the one its export command names
  const year = Number(/--year (\d{4})/.exec(await readFile(README, 'utf8'))?.[1]);
  await loadDemo({
    url: server.url,
    year,
    scale: 0.05,
    tokens: (c) =>
      c.role === 'office'
        ? server.issueToken({ role: 'office', sub: 'demo-office' })
        : server.issueToken({ role: 'dept', dept: c.dept, sub: `demo-${c.dept.toLowerCase()}` }),
  });
}, 180_000);

afterAll(async () => {
  for (const f of WRITTEN) await rm(join(ROOT, f), { force: true });
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/**
 * Runs a block's lines in one bash, in order, stopping at the first that fails; prints which.
 * curl fails on an HTTP error here (the README's curl -s would print the refusal and go on).
 */
const runBlock = (lines: string[]) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const host = new URL(server.url).host;
    const script = [
      'set -eo pipefail',
      `curl() { local a=(); for x in "$@"; do a+=("\${x//localhost:3000/${host}}"); done; command curl --fail-with-body "\${a[@]}"; }`,
      ...lines.flatMap((line) => [`echo "+ ${line.replace(/["$`\\]/g, '\\$&')}" >&2`, line]),
    ].join('\n');
    const child = spawn('bash', ['-c', script], {
      cwd: ROOT,
      env: {
        ...process.env,
        PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
        // the in-process server left no server.json: name its folder and port instead
        DATA_DIR: dirname(server.keyFile),
        PORT: String(new URL(server.url).port),
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });

describe('the README', () => {
  it('sets up with exactly two commands: install and start, install and test', () => {
    expect(setUp?.lines.map((l) => l.replace(/\s+#.*$/, '').trim())).toEqual([
      'npx -y pnpm@12.4.2 install && npx -y pnpm@12.4.2 start --demo',
      'npx -y pnpm@12.4.2 install && npx -y pnpm@12.4.2 test',
    ]);
    expect(runnable.length).toBeGreaterThanOrEqual(2);
  });

  it.each(runnable.map((b) => [b.heading, b.lines] as const))(
    'runs every command of “%s” as written',
    async (_heading, lines) => {
      const run = await runBlock(lines);
      expect(
        run.stderr
          .split('\n')
          .filter((l) => !l.startsWith('+ '))
          .join('\n'),
      ).not.toMatch(/Error|refused|not reachable/);
      expect(run.code, `${run.stderr}\n${run.stdout.slice(-2000)}`).toBe(0);
    },
    180_000,
  );

  it('shows the demo’s plans filed in January of its year: no department late (逾期报送)', async () => {
    const year = Number(/--year (\d{4})/.exec(await readFile(README, 'utf8'))?.[1]);
    const res = await fetch(`${server.url}/plans/${year}?limit=100`);
    const { items } = (await res.json()) as {
      items: { department: string; late: boolean; filedOn?: string; firstFiledAt: string }[];
    };
    expect(items.length).toBeGreaterThanOrEqual(9);
    for (const p of items) {
      expect(p.late, p.department).toBe(false);
      const filed = p.filedOn ?? p.firstFiledAt.slice(0, 10);
      expect(filed <= `${year}-01-31`, `${p.department} filed ${filed}`).toBe(true);
    }
  });

  it('ships the files its commands read', async () => {
    for (const file of ['examples/targets.csv', 'examples/plan.json'])
      expect(await exists(join(ROOT, file)), file).toBe(true);
    // the targets file is GB18030 with Chinese headers, as offices save it from Excel
    const bytes = await readFile(join(ROOT, 'examples/targets.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(new TextDecoder('gb18030').decode(bytes)).toMatch(/^统一社会信用代码,名称,/);
  });
});
