/**
 * The keyboard commands the manifest declares and the background runs. A plain constant, so the build
 * config and the tests read it without loading the build toolchain.
 */

export const TOGGLE_COMMAND = 'toggle-highlights';

export const COMMANDS = {
  [TOGGLE_COMMAND]: {
    suggested_key: { default: 'Alt+Shift+H' },
    description: 'Turn term highlighting on or off',
  },
} as const;
