import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { runCommand, TOGGLE_COMMAND } from '../../../entrypoints/background/commands';
import { settingsStore } from '../../../lib/storage/settings';

describe('keyboard commands', () => {
  beforeEach(() => fakeBrowser.reset());

  it('toggles highlighting off and on again', async () => {
    const settings = settingsStore(storage);
    await runCommand(TOGGLE_COMMAND, settings);
    expect((await settings.get()).highlighting).toBe(false);
    await runCommand(TOGGLE_COMMAND, settings);
    expect((await settings.get()).highlighting).toBe(true);
  });

  it('ignores other commands', async () => {
    const settings = settingsStore(storage);
    await runCommand('_execute_action', settings);
    expect((await settings.get()).highlighting).toBe(true);
  });

  it('matches the command the manifest declares', async () => {
    const config = await import('../../../wxt.config');
    const manifest = (
      config.default.manifest as (env: { browser: string; mode: string }) => { commands: object }
    )({
      browser: 'chrome',
      mode: 'production',
    });
    expect(Object.keys(manifest.commands)).toEqual([TOGGLE_COMMAND]);
  });
});
