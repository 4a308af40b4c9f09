import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, manifestCommands } from '../../lib/protocol/commands';
import { E2E_EXTENSION_DIR, EXTENSION_DIR } from '../../scripts/browser/extension-browser';

/** The Firefox production build (Manifest V2: host access is listed among the permissions). */
const FIREFOX_DIR = '.output/firefox-mv2';

/** What the README's "Privacy and permissions" section promises; change both together, with a reason. */
const ALLOWED_PERMISSIONS = ['activeTab', 'scripting', 'storage'];
// LinkedIn's country subdomains (uk., in., se. …) serve the same public profiles as www.
const ALLOWED_HOSTS = ['https://*.linkedin.com/*'];
/** Chrome's side panel needs its own permission; Firefox's sidebar needs none. */
const CHROME_ONLY_PERMISSIONS = ['sidePanel'];

function manifest(dir: string) {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    permissions?: string[];
    optional_permissions?: string[];
    host_permissions?: string[];
    content_scripts?: Array<{ matches: string[] }>;
    web_accessible_resources?: unknown[];
    externally_connectable?: unknown;
    content_security_policy?: unknown;
    commands?: unknown;
  };
}

describe('the production manifest', () => {
  const m = manifest(EXTENSION_DIR);

  it('asks for no more than storage, activeTab, scripting, the side panel and LinkedIn', () => {
    expect([...(m.permissions ?? [])].sort()).toEqual(
      [...ALLOWED_PERMISSIONS, ...CHROME_ONLY_PERMISSIONS].sort(),
    );
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.host_permissions ?? []).toEqual(ALLOWED_HOSTS);
    // Content scripts run on LinkedIn pages only: every pattern lies within an allowed host's.
    const covered = (pattern: string) => ALLOWED_HOSTS.some((host) => pattern.startsWith(host.slice(0, -1)));
    const patterns = (m.content_scripts ?? []).flatMap((script) => script.matches);
    expect(patterns.length).toBeGreaterThan(0);
    expect(patterns.filter((pattern) => !covered(pattern))).toEqual([]);
  });

  it('exposes nothing to web pages or other extensions, and keeps the default script policy', () => {
    expect(m.web_accessible_resources ?? []).toEqual([]);
    expect(m.externally_connectable).toBeUndefined();
    expect(m.content_security_policy).toBeUndefined();
  });

  it('declares the keyboard commands the background runs', () => {
    expect(m.commands).toEqual(COMMANDS);
  });

  it('differs from the end-to-end build only by the local test server', () => {
    const e2e = manifest(E2E_EXTENSION_DIR);
    expect(e2e.host_permissions).toEqual([...ALLOWED_HOSTS, 'http://127.0.0.1/*']);
    expect({ ...e2e, host_permissions: m.host_permissions }).toEqual(m);
  });
});

describe('the Firefox production manifest', () => {
  const m = manifest(FIREFOX_DIR) as ReturnType<typeof manifest> & {
    browser_specific_settings?: { gecko?: { data_collection_permissions?: unknown } };
  };

  it('asks for the same and nothing more, and declares that it collects no data', () => {
    expect([...(m.permissions ?? [])].sort()).toEqual([...ALLOWED_PERMISSIONS, ...ALLOWED_HOSTS].sort());
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.web_accessible_resources ?? []).toEqual([]);
    expect(m.externally_connectable).toBeUndefined();
    expect(m.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('opens its sidebar by Firefox’s own command, with the same key as Chrome’s side panel', () => {
    expect(m.commands).toEqual(manifestCommands('firefox'));
  });
});
