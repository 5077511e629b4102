import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * Where a running `pnpm start` leaves its address and its key, so that `pnpm --silent run
 * token`, `pnpm dr` and `pnpm demo` talk to that server with its key, without PORT or
 * DATA_DIR in the shell. Two files, written at start and removed at a clean stop:
 * `$DATA_DIR/server.json` (the server of that folder) and a pointer to the last server
 * started from this checkout, `node_modules/.cache/double-random/server.json`
 * (`DR_SERVER_FILE` moves it; tests point it into a temporary folder).
 */
export const SERVER_FILE_NAME = 'server.json';

const ServerFileSchema = z.object({
  url: z.string().url(),
  /** absolute */
  dataDir: z.string().min(1),
  keyFile: z.string().min(1),
  pid: z.number().int().positive(),
  startedAt: z.string(),
});
export type ServerFile = z.infer<typeof ServerFileSchema>;

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** The pointer's path: `DR_SERVER_FILE`, else this checkout's `node_modules/.cache`. */
export const pointerPath = (env: NodeJS.ProcessEnv = process.env): string =>
  env.DR_SERVER_FILE?.trim() ||
  join(REPO_ROOT, 'node_modules', '.cache', 'double-random', SERVER_FILE_NAME);

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The server described by `file`, if the file is readable and its process still runs. */
export const readServerFile = (file: string): ServerFile | undefined => {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = ServerFileSchema.safeParse(JSON.parse(text));
    return parsed.success && isAlive(parsed.data.pid) ? parsed.data : undefined;
  } catch {
    return undefined;
  }
};

/** Written once the server listens; returns the function that removes both files again. */
export const writeServerFiles = (
  server: Omit<ServerFile, 'dataDir' | 'pid' | 'startedAt'> & { dataDir: string },
  env: NodeJS.ProcessEnv = process.env,
): (() => void) => {
  const record: ServerFile = {
    ...server,
    dataDir: resolve(server.dataDir),
    keyFile: resolve(server.keyFile),
    pid: process.pid,
    startedAt: new Date().toISOString(),
  };
  const text = `${JSON.stringify(record, null, 2)}\n`;
  const own = join(record.dataDir, SERVER_FILE_NAME);
  const pointer = pointerPath(env);
  writeFileSync(own, text);
  try {
    mkdirSync(join(pointer, '..'), { recursive: true });
    writeFileSync(pointer, text);
  } catch {
    // a read-only checkout: the CLIs still find the server through DATA_DIR
  }
  return () => {
    rmSync(own, { force: true });
    // another server started since may have taken the pointer over: leave it to that one
    const current = (() => {
      try {
        return JSON.parse(readFileSync(pointer, 'utf8')) as { pid?: number };
      } catch {
        return undefined;
      }
    })();
    if (current?.pid === process.pid) rmSync(pointer, { force: true });
  };
};

/** Where a command line tool sends its requests and which key signs its tokens. */
export interface ServerTarget {
  url: string;
  dataDir: string;
  /** how it was found, for the messages of the CLIs */
  from: 'environment' | 'running server' | 'default';
}

/**
 * The server a CLI talks to: `DATA_DIR` (and `PORT`) when set; else the running server
 * that `pnpm start` recorded; else the defaults (`.data`, port 3000). With `DATA_DIR` set
 * but no `PORT`, the address comes from that folder's `server.json`. `PORT=0` asks a
 * server for a free port and means nothing to a client, so it counts as unset.
 */
export const findServer = (
  config: { dataDir: string; port: number; host: string },
  env: NodeJS.ProcessEnv = process.env,
): ServerTarget => {
  const portSet = Boolean(env.PORT?.trim()) && config.port !== 0;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const fromPort = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${config.port}`;
  if (env.DATA_DIR?.trim()) {
    const own = readServerFile(join(config.dataDir, SERVER_FILE_NAME));
    return {
      url: portSet ? fromPort : (own?.url ?? 'http://127.0.0.1:3000'),
      dataDir: config.dataDir,
      from: 'environment',
    };
  }
  const running = readServerFile(pointerPath(env));
  if (running)
    return {
      url: portSet ? fromPort : running.url,
      dataDir: running.dataDir,
      from: 'running server',
    };
  return {
    url: portSet ? fromPort : 'http://127.0.0.1:3000',
    dataDir: config.dataDir,
    from: 'default',
  };
};
