import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium with the built extension; they run one file at a time so two
// browsers never compete for the machine's two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
