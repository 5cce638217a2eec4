// Everything Monaco needs, in one module that is only ever loaded through a dynamic import (loadMonaco.ts), so the
// first paint and sign-in never wait for it. Wiring as verified in stack-notes §1: edcore.main for the editor's
// contributions (without it there is no suggest widget), editor.api for the typed handle, and the two workers.
import 'monaco-editor/esm/vs/editor/edcore.main';
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker?worker';
import { getKustoWorker, kustoDefaults, themeNames } from '@kusto/monaco-kusto';
import KustoWorker from './kusto.worker?worker';

self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'kusto' ? new KustoWorker() : new EditorWorker()),
};

// Log Analytics runs queries only: management (dot) commands would be offered and then refused by the service.
kustoDefaults.setLanguageSettings({ ...kustoDefaults.languageSettings, includeControlCommands: false });

export { getKustoWorker, monaco, themeNames };
