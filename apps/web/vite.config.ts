import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The web app, built to dist/apps/web and served by the API under /app/
 * (apps/api/src/http/web-app.ts). `npx nx run web:serve` runs Vite's dev server on
 * :5173 with the API's routes proxied to LEDGER_URL (default http://localhost:3000).
 * The one library it uses, the witness policies' pure rules, is found by the alias that
 * tsconfig.json's paths give the type checker.
 */
const api = process.env.LEDGER_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: import.meta.dirname,
  base: '/app/',
  plugins: [react()],
  resolve: {
    alias: { '@compact-ledger/witness-policy': fileURLToPath(new URL('../../libs/witness-policy/src/index.ts', import.meta.url)) },
  },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    // Nothing inlined as data: URLs, so the pages' content security policy can stay at 'self'.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1000,
  },
  server: {
    proxy: Object.fromEntries(['/compacts', '/disputes', '/boards', '/meetings', '/deadlines', '/health', '/ledger', '/admin', '/docs'].map((path) => [path, api])),
  },
});
