import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium with the built extension; they run one file at a time so two
// browsers never compete for the machine's two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    // Tests wait for conditions, never for a time: these deadlines only decide how soon a broken build is
    // reported, so they are set for a busy 2-core machine. Playwright's own waits default to 30 s too.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 30_000 } },
  },
});
