import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './src/domain/contentSecurityPolicy';

// The built pages carry their Content-Security-Policy in a meta tag, so any static host serves it (the dev server
// injects inline scripts for hot reload, so it runs without). Loopback is allowed so the local demo can reach the
// emulator; the console's own allow-list still decides where a token may go.
function contentSecurityPolicyMeta(): Plugin {
  const policy = contentSecurityPolicy({ extraConnectOrigins: ['http://127.0.0.1:*', 'http://localhost:*'] });
  return {
    name: 'kql-console-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta()],
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
