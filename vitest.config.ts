// Unit specs of the frontend's pure parts, in Node (no browser: the map itself is covered by the
// Playwright browser tests). Its own config so Vaadin's vite.config.ts plugins stay out of it.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/test/frontend/**/*.spec.ts'],
    environment: 'node',
  },
});
