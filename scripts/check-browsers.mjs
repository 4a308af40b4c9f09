// Fails the end-to-end tests early, with the fix, when a browser they drive is missing (never a silent skip).
import { accessSync, constants } from 'node:fs';

const browsers = [
  {
    name: 'Chromium',
    path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    pkg: 'chromium',
    env: 'CHROMIUM_PATH',
  },
  {
    name: 'Firefox ESR',
    path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    pkg: 'firefox-esr',
    env: 'FIREFOX_PATH',
  },
];
let missing = false;
for (const { name, path, pkg, env } of browsers) {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    missing = true;
    console.error(
      `End-to-end tests need ${name} at ${path}, which is missing.\n` +
        `Install it with:  sudo apt-get update && sudo apt-get install -y ${pkg}\n` +
        `(or point ${env} at its binary). No browser is ever downloaded by the tests.`,
    );
  }
}
if (missing) process.exit(1);
