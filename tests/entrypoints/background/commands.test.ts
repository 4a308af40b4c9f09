import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { runCommand } from '../../../entrypoints/background/commands';
import { COMMANDS, TOGGLE_COMMAND } from '../../../lib/protocol/commands';
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

  it('runs every command the manifest declares, and only those', () => {
    expect(Object.keys(COMMANDS)).toEqual([TOGGLE_COMMAND]);
  });
});
