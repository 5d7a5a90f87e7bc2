import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/temp-root.ts'],
    // Stages load dictionaries once per worker; two workers match the 2-core CI machine.
    maxWorkers: 2,
    testTimeout: 60_000,
  },
})
