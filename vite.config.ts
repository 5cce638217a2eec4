import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
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
