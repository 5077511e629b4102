import { describe, expect, it } from 'vitest';
import { APT_INSTALL, type ChromiumFacts, chromiumStep } from '../../setup/chromium';

const machine = (over: Partial<ChromiumFacts> = {}): ChromiumFacts => ({
  path: '/usr/bin/chromium',
  pathFromEnv: false,
  executable: false,
  platform: 'linux',
  hasApt: true,
  isRoot: true,
  hasSudo: false,
  ...over,
});

describe('the test command’s Chromium step', () => {
  it('goes on when Chromium is there', () => {
    expect(chromiumStep(machine({ executable: true }))).toEqual({
      kind: 'ready',
      path: '/usr/bin/chromium',
    });
  });

  it('installs Debian’s chromium when it is missing and apt is usable as root', () => {
    expect(chromiumStep(machine())).toEqual({ kind: 'install', command: APT_INSTALL });
    expect(APT_INSTALL).toBe('apt-get update && apt-get install -y chromium');
  });

  it('stops with the sudo command when apt is there but this user is not root', () => {
    const step = chromiumStep(machine({ isRoot: false, hasSudo: true }));
    expect(step.kind).toBe('stop');
    expect(step.kind === 'stop' && step.message).toContain(
      'sudo apt-get update && sudo apt-get install -y chromium',
    );
  });

  it('stops with su when there is no sudo', () => {
    const step = chromiumStep(machine({ isRoot: false, hasSudo: false }));
    expect(step.kind === 'stop' && step.message).toContain(`su -c '${APT_INSTALL}'`);
  });

  it('never installs without apt, and says how to point at another Chromium', () => {
    for (const platform of ['darwin', 'linux'] as const) {
      const step = chromiumStep(machine({ platform, hasApt: platform === 'darwin' }));
      expect(step.kind).toBe('stop');
      expect(step.kind === 'stop' && step.message).toContain('CHROMIUM_PATH=');
    }
  });

  it('does not install over a CHROMIUM_PATH that names a missing file', () => {
    const step = chromiumStep(machine({ path: '/opt/none', pathFromEnv: true }));
    expect(step.kind).toBe('stop');
    expect(step.kind === 'stop' && step.message).toContain('CHROMIUM_PATH=/opt/none');
  });
});
