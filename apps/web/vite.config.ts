import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { initialJsBudget } from './build/initial-js-budget.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
/** `npm run dev:web` proxies every API path to this API (default: `npm start`'s). */
const api = process.env.KTF_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig(({ command }) => {
  // The console ships as a production build whatever NODE_ENV the caller has: under jest's
  // NODE_ENV=test (npm-start.spec runs `npm start`, which builds) Vite made a development bundle
  // whose component ids were all "test-id", so dialogs lost their accessible names.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    root,
    base: '/',
    build: {
      outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
      emptyOutDir: true,
      assetsDir: 'assets',
      target: 'es2022',
      chunkSizeWarningLimit: 1500,
      reportCompressedSize: false,
      rolldownOptions: {
        // Ant Design and TanStack mark their modules "use client" (for React Server Components); a browser bundle has no use for it.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
    oxc: { jsx: { runtime: 'automatic' } },
    plugins: [initialJsBudget(350)],
    server: {
      host: '127.0.0.1',
      port: Number(process.env.KTF_WEB_PORT ?? 5173),
      strictPort: false,
      proxy: {
        // Any path that is not the console's own goes to the API (REST, /docs, /auth).
        '^/(?!$|app(?:/|$)|assets/|src/|node_modules/|@vite/|@id/|@fs/|@react-refresh).*': { target: api, changeOrigin: false },
      },
    },
  };
});
