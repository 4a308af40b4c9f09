import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { runCommand } from '../../../entrypoints/background/commands';
import {
  COMMANDS,
  manifestCommands,
  OPEN_PANEL_COMMAND,
  TOGGLE_COMMAND,
} from '../../../lib/protocol/commands';
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

  it('opens the side panel for the window the key was pressed in, and touches no setting', async () => {
    const settings = settingsStore(storage);
    const opened: number[] = [];
    await runCommand(OPEN_PANEL_COMMAND, settings, 7, async (windowId) => {
      opened.push(windowId);
    });
    expect(opened).toEqual([7]);
    expect((await settings.get()).highlighting).toBe(true);
  });

  it('runs every command the manifest declares, and only those', () => {
    expect(Object.keys(COMMANDS)).toEqual([TOGGLE_COMMAND, OPEN_PANEL_COMMAND]);
  });

  it('leaves the side panel key to Firefox’s own sidebar command', () => {
    const firefox = manifestCommands('firefox');
    expect(Object.keys(firefox).sort()).toEqual(['_execute_sidebar_action', TOGGLE_COMMAND]);
    expect(firefox).toMatchObject({
      _execute_sidebar_action: { suggested_key: COMMANDS[OPEN_PANEL_COMMAND].suggested_key },
    });
    expect(manifestCommands('chrome')).toBe(COMMANDS);
  });
});
