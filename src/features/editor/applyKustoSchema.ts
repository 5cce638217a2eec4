// Hands a schema to monaco-kusto's language worker, which completes and validates against it.
import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api';
import { toEngineSchema } from '../../domain/schema/engineSchema';
import type { Schema } from '../../domain/schema/model';
import type { MonacoModule } from './monaco/loadMonaco';

// The worker keeps a database until it sees a higher majorVersion, so every call gets a new, larger one. The counter
// is per page, like the worker.
let lastVersion = 0;

export async function applyKustoSchema({ getKustoWorker }: MonacoModule, model: Monaco.editor.ITextModel, schema: Schema): Promise<void> {
  const version = ++lastVersion;
  const workerFor = await getKustoWorker();
  const worker = await workerFor(model.uri);
  await worker.setSchema(toEngineSchema(schema, version));
}
