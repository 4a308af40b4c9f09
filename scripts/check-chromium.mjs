// Fails the end-to-end tests early, with the fix, when Debian's Chromium is missing (never a silent skip).
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(
    `End-to-end tests need Chromium at ${path}, which is missing.\n` +
      'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      '(or point CHROMIUM_PATH at a Chromium binary). Playwright\u2019s own browser download is not used.',
  );
  process.exit(1);
}
