// The Monaco editor with monaco-kusto: the store's query text, schema-aware IntelliSense for the selected workspace,
// the registry's Run/Cancel keys and the console theme. Mounted once Monaco has loaded (see QueryEditor).
import { useEffect, useRef, useState } from 'react';
import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api';
import { useConsole, useServices } from '../../app/ServicesContext';
import { useActionContext } from '../../app/useActionContext';
import type { TextRange } from '../../domain/kql/textRange';
import { EMPTY_SCHEMA } from '../../domain/schema/model';
import { selectTheme } from '../../state/selectors';
import { applyKustoSchema } from './applyKustoSchema';
import type { MonacoModule } from './monaco/loadMonaco';
import { mountQueryEditor } from './mountQueryEditor';
import { currentSchema } from './schema/schemaSource';
import { useWorkspaceSchema } from './schema/useWorkspaceSchema';

interface MonacoQueryEditorProps {
  module: MonacoModule;
  handover: { selection: TextRange; focused: boolean };
}

export function MonacoQueryEditor({ module, handover }: MonacoQueryEditorProps) {
  const services = useServices();
  const actionContext = useActionContext();
  const theme = useConsole(selectTheme);
  const schema = currentSchema(useWorkspaceSchema().state);
  const container = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<Monaco.editor.IStandaloneCodeEditor | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const mounted = mountQueryEditor(module, { container: container.current, services, actionContext, handover });
    setEditor(mounted.editor);
    return () => {
      setEditor(null);
      mounted.dispose();
    };
  }, [module, services, actionContext, handover]);

  useEffect(() => {
    module.monaco.editor.setTheme(theme === 'dark' ? module.themeNames.dark : module.themeNames.light);
  }, [module, theme]);

  // No schema (none loaded yet, or the load failed) clears the previous workspace's: completing another workspace's
  // tables would mislead. The editor keeps working either way.
  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    applyKustoSchema(module, model, schema ?? EMPTY_SCHEMA).catch((error: unknown) => {
      console.warn('The KQL language worker did not take the schema:', error);
    });
  }, [module, editor, schema]);

  return <div ref={container} className="query-editor-monaco" />;
}
