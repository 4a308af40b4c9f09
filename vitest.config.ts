import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // A guard against a hang, not a speed limit: a 2-core machine under load runs some analyses of long
    // texts and the CLI's child processes many times slower than a quiet one. Speed is the bench's job.
    testTimeout: 60_000,
  },
});
