import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Monaco's editor worker and monaco-kusto's language worker are ES module workers (stack-notes §1).
  worker: { format: 'es' },
  // Pre-bundled up front so the dev server does not discover them on first use and reload the page.
  optimizeDeps: {
    include: ['@kusto/monaco-kusto/release/esm/kusto.worker', 'monaco-editor/esm/vs/editor/editor.worker'],
  },
  server: { port: 5173, strictPort: true },
  build: {
    // Bundle budgets read the manifest to find each entry's chunks.
    manifest: true,
    rolldownOptions: {
      input: {
        // redirect.html is MSAL's redirect bridge: a separate page that never loads the app.
        main: resolve(import.meta.dirname, 'index.html'),
        redirect: resolve(import.meta.dirname, 'redirect.html'),
      },
    },
  },
});
