import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/** Debian's Chromium, which the browser tests drive (test/browser/support/browser.ts). */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const APT_INSTALL = 'apt-get update && apt-get install -y chromium';

/** What the machine offers, gathered once so the decision below can be tested without it. */
export interface ChromiumFacts {
  /** CHROMIUM_PATH when set, else the Debian path */
  path: string;
  /** whether CHROMIUM_PATH named the path */
  pathFromEnv: boolean;
  executable: boolean;
  platform: NodeJS.Platform;
  hasApt: boolean;
  isRoot: boolean;
  hasSudo: boolean;
}

export type ChromiumStep =
  | { kind: 'ready'; path: string }
  | { kind: 'install'; command: string }
  | { kind: 'stop'; message: string };

/**
 * The browser tests need a Chromium binary. When it is missing, install Debian's package if
 * this process may (root on a machine with apt); otherwise stop with the exact command to run,
 * so the test command fails at once with a way out instead of ten launch failures later.
 */
export const chromiumStep = (f: ChromiumFacts): ChromiumStep => {
  if (f.executable) return { kind: 'ready', path: f.path };
  if (f.pathFromEnv)
    return {
      kind: 'stop',
      message: `CHROMIUM_PATH=${f.path} is not an executable file: point it at a Chromium binary, or unset it to use Debian's ${DEFAULT_CHROMIUM}`,
    };
  if (f.platform === 'linux' && f.hasApt && f.isRoot)
    return { kind: 'install', command: APT_INSTALL };
  if (f.platform === 'linux' && f.hasApt)
    return {
      kind: 'stop',
      message: `the browser tests need Debian's chromium at ${DEFAULT_CHROMIUM}; install it with:\n  ${
        f.hasSudo
          ? 'sudo apt-get update && sudo apt-get install -y chromium'
          : `su -c '${APT_INSTALL}'`
      }\nthen run the test command again`,
    };
  return {
    kind: 'stop',
    message: `the browser tests need Chromium: install it and run the test command with CHROMIUM_PATH=/path/to/chromium (on Debian or Ubuntu: ${APT_INSTALL}, as root)`,
  };
};

const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const onPath = (command: string): boolean =>
  spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

export const chromiumFacts = (env: NodeJS.ProcessEnv = process.env): ChromiumFacts => {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  const path = fromEnv || DEFAULT_CHROMIUM;
  return {
    path,
    pathFromEnv: Boolean(fromEnv),
    executable: isExecutable(path),
    platform: process.platform,
    hasApt: onPath('apt-get'),
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    hasSudo: onPath('sudo'),
  };
};
