/**
 * The keyboard commands the manifest declares and the background runs. A plain constant, so the build
 * config and the tests read it without loading the build toolchain.
 */

export const TOGGLE_COMMAND = 'toggle-highlights';
export const OPEN_PANEL_COMMAND = 'open-side-panel';

export const COMMANDS = {
  [TOGGLE_COMMAND]: {
    suggested_key: { default: 'Alt+Shift+H' },
    description: 'Turn term highlighting on or off',
  },
  [OPEN_PANEL_COMMAND]: {
    suggested_key: { default: 'Alt+Shift+L' },
    description: 'Open the HMO Lens side panel',
  },
} as const;

/**
 * The commands as each browser's manifest declares them: Firefox opens an extension's sidebar by its own
 * reserved command, Chrome's side panel is opened by the background on ours.
 */
export function manifestCommands(browser: string) {
  if (browser !== 'firefox') return COMMANDS;
  const { [OPEN_PANEL_COMMAND]: panel, ...rest } = COMMANDS;
  return { ...rest, _execute_sidebar_action: panel };
}
