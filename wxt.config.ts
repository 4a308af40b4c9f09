import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'HMO Lens',
    description:
      'Makes health-insurance and managed-care resumes legible for recruiters. Nothing leaves your browser.',
    // Firefox needs a fixed id for storage and for signing; Chrome derives its id from the key.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'hmo-lens@hmo-lens.dev' } } }
      : {}),
  }),
});
