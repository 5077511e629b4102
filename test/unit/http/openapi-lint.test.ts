import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../functions/src/http/openapi/openapi';
import { routes } from '../../../functions/src/http/routes';

const ROOT = join(import.meta.dirname, '../../..');
const REDOCLY = join(ROOT, 'node_modules/.bin/redocly');

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; message: string; location?: { pointer?: string }[] }[];
}

let dir: string;
let report: LintReport;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dr-openapi-'));
  const file = join(dir, 'openapi.json');
  await writeFile(file, JSON.stringify(openApiDocument(routes)));
  // exit 1 on errors, with the JSON report on stdout either way
  const { stdout } = await promisify(execFile)(
    REDOCLY,
    ['lint', file, '--config', join(ROOT, 'redocly.yaml'), '--format', 'json'],
    {
      cwd: ROOT,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  report = JSON.parse(stdout) as LintReport;
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const listed = (r: LintReport) =>
  r.problems.map((p) => `${p.ruleId}: ${p.message} at ${p.location?.[0]?.pointer ?? '?'}`);

describe('the generated OpenAPI document under redocly lint (recommended rules)', () => {
  it('has no errors', () => {
    expect(listed(report), 'redocly lint problems').toEqual([]);
    expect(report.totals.errors).toBe(0);
  });

  it('has no warnings', () => {
    expect(report.totals.warnings).toBe(0);
  });
});

describe('the document itself', () => {
  const doc = openApiDocument(routes);

  it('marks personal fields with an x- extension, never a bare keyword', () => {
    const text = JSON.stringify(doc);
    expect(text).toContain('"x-private":true');
    expect(text).not.toContain('"private":');
  });

  it('names its licence and a server relative to where it is served', () => {
    expect(doc.info.license).toEqual({ name: 'Apache-2.0', identifier: 'Apache-2.0' });
    expect(doc.servers).toEqual([{ url: '/', description: expect.any(String) }]);
  });
});
