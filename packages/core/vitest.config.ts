import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // CLI tests spawn processes and the pack test installs a package: seconds, not milliseconds.
    testTimeout: 60_000,
  },
});
