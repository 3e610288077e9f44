import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{main,shared,renderer,build}/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
