import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  findServer,
  readServerFile,
  writeServerFiles,
} from '../../../packages/local/src/server-file';

let dir: string;
let env: NodeJS.ProcessEnv;
const config = { dataDir: '.data', port: 3000, host: '127.0.0.1' };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dr-server-file-'));
  env = { DR_SERVER_FILE: join(dir, 'pointer', 'server.json') };
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

describe('where the CLIs find the server', () => {
  it('falls back to .data and port 3000 when no server runs and nothing is set', () => {
    expect(findServer(config, env)).toEqual({
      url: 'http://127.0.0.1:3000',
      dataDir: '.data',
      from: 'default',
    });
  });

  it('reads the pointer and the data folder’s own file, and removes both at a clean stop', async () => {
    const data = join(dir, 'district');
    await mkdir(data);
    const forget = writeServerFiles(
      { url: 'http://127.0.0.1:41234', dataDir: data, keyFile: join(data, 'k.json') },
      env,
    );
    expect(findServer(config, env)).toEqual({
      url: 'http://127.0.0.1:41234',
      dataDir: data,
      from: 'running server',
    });
    // DATA_DIR named without PORT: the address comes from that folder's server.json
    expect(findServer({ ...config, dataDir: data }, { ...env, DATA_DIR: data })).toEqual({
      url: 'http://127.0.0.1:41234',
      dataDir: data,
      from: 'environment',
    });
    // PORT wins over the recorded address; PORT=0 means nothing to a client
    expect(findServer({ ...config, port: 4000 }, { ...env, PORT: '4000' }).url).toBe(
      'http://127.0.0.1:4000',
    );
    expect(findServer({ ...config, port: 0 }, { ...env, PORT: '0' }).url).toBe(
      'http://127.0.0.1:41234',
    );
    forget();
    expect(await exists(join(data, 'server.json'))).toBe(false);
    expect(await exists(env.DR_SERVER_FILE!)).toBe(false);
  });

  it('ignores a record whose process has ended (a crash leaves its file behind)', async () => {
    const file = join(dir, 'server.json');
    const record = {
      url: 'http://127.0.0.1:41234',
      dataDir: dir,
      keyFile: join(dir, 'k.json'),
      startedAt: new Date().toISOString(),
    };
    await writeFile(file, JSON.stringify({ ...record, pid: process.pid }));
    expect(readServerFile(file)?.url).toBe(record.url);
    // pids are far below 2^22 on Linux: this one runs nowhere
    await writeFile(file, JSON.stringify({ ...record, pid: 4_194_303 }));
    expect(readServerFile(file)).toBeUndefined();
    await writeFile(file, 'not json');
    expect(readServerFile(file)).toBeUndefined();
  });

  it('leaves the pointer alone when another server has taken it over', async () => {
    const data = join(dir, 'district');
    await mkdir(data);
    const forget = writeServerFiles(
      { url: 'http://127.0.0.1:41234', dataDir: data, keyFile: join(data, 'k.json') },
      env,
    );
    const other = { ...JSON.parse(await readFile(env.DR_SERVER_FILE!, 'utf8')), pid: 1 };
    await writeFile(env.DR_SERVER_FILE!, JSON.stringify(other));
    forget();
    expect(await exists(env.DR_SERVER_FILE!)).toBe(true);
  });
});
