/// <reference types="vite/client" />

// Build-time defaults; public/config.json overrides them at startup (src/config/runtimeConfig.ts).
interface ImportMetaEnv {
  readonly VITE_CLIENT_ID?: string;
  readonly VITE_TENANT_ID?: string;
  readonly VITE_CLOUD?: string;
  readonly VITE_EMULATOR_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
