import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { manifestCommands } from './lib/protocol/commands';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, mode }) => ({
    name: 'HMO Lens',
    description:
      'Makes health-insurance and managed-care resumes legible for recruiters. Nothing leaves your browser.',
    // storage: the highlight switch; activeTab + scripting: "Scan this page" on any site, only when asked.
    permissions: ['storage', 'activeTab', 'scripting'],
    // LinkedIn profiles are scanned automatically, on www and on the country subdomains (uk., in., se. …)
    // that public profiles and Google X-ray results are served from. The end-to-end build (`--mode e2e`)
    // may also reach the local test server, because a test cannot click the toolbar button that grants
    // activeTab.
    host_permissions: ['https://*.linkedin.com/*', ...(mode === 'e2e' ? ['http://127.0.0.1/*'] : [])],
    commands: manifestCommands(browser),
    // Firefox needs a fixed id for storage and for signing; Chrome derives its id from the key.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'hmo-lens@hmo-lens.dev',
              strict_min_version: '140.0',
              // Nothing is collected or transmitted.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learned data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
