import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXTENSION_DIR,
  type ExtensionBrowser,
  launchWithExtension,
} from '../../scripts/browser/extension-browser';

/** The slice of chrome://extensions' private API this test reads (only that page may call it). */
interface ExtensionInfo {
  manifestErrors: Array<{ message: string }>;
  runtimeErrors: Array<{ message: string }>;
  installWarnings: string[];
}
interface DeveloperPrivate {
  updateProfileConfiguration(update: { inDeveloperMode: boolean }, done: () => void): void;
  reload(id: string, options: { failQuietly: boolean }, done: () => void): void;
  getExtensionInfo(id: string, done: (info: ExtensionInfo) => void): void;
}
declare const chrome: {
  developerPrivate: DeveloperPrivate;
  runtime: { getManifest(): Record<string, unknown> };
};

describe('the built extension in Chromium', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads unpacked and starts its service worker', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    const built = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.name).toBe('HMO Lens');
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(built.version);
  });

  it('reloads with no manifest errors, install warnings or runtime errors', async () => {
    // Chromium records manifest and runtime errors only in developer mode, so turn it on and reload.
    const page = await browser.context.newPage();
    await page.goto(`chrome://extensions/?id=${browser.extensionId}`);
    await page.evaluate(
      () =>
        new Promise<void>((done) =>
          chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, done),
        ),
    );
    const restarted = browser.context.waitForEvent('serviceworker');
    await page.evaluate(
      (id) => new Promise<void>((done) => chrome.developerPrivate.reload(id, { failQuietly: true }, done)),
      browser.extensionId,
    );
    const worker = await restarted;
    expect(await worker.evaluate(() => chrome.runtime.getManifest().name)).toBe('HMO Lens');
    const info = await page.evaluate(
      (id) => new Promise<ExtensionInfo>((done) => chrome.developerPrivate.getExtensionInfo(id, done)),
      browser.extensionId,
    );
    expect([
      ...info.manifestErrors.map((e) => `manifest: ${e.message}`),
      ...info.runtimeErrors.map((e) => `runtime: ${e.message}`),
      ...info.installWarnings.map((w) => `warning: ${w}`),
    ]).toEqual([]);
  });
});
