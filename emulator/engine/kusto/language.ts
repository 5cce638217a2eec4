// Loads the official Kusto.Language (Bridge.NET build) once and exposes the few entry points the engine needs.
// The bundles install globals (Bridge, System, Kusto) instead of exporting, so they are reached through globalThis.
import type { Database } from '../api.ts';
import type { GlobalState, KSymbol, KustoCode, SyntaxElement } from './syntax.ts';

interface BridgeEnum {
  getNames(enumType: unknown): string[];
  getValues(enumType: unknown): number[];
}

interface KustoGlobals {
  Kusto: {
    Language: {
      Syntax: { SyntaxKind: unknown };
      Symbols: {
        SymbolKind: unknown;
        DatabaseSymbol: { $ctor1: new (name: string, members: unknown[], isOpen: boolean) => unknown };
        TableSymbol: { $ctor7: new (name: string, schema: string, description: string) => unknown };
        FunctionSymbol: { $ctor16: new (name: string, parameterList: string, body: string, description: string) => unknown };
      };
      GlobalState: { Default: { WithDatabase(database: unknown): GlobalState } };
      KustoCode: { ParseAndAnalyze(text: string, globals: GlobalState): KustoCode };
    };
  };
  System: { Enum: BridgeEnum };
}

export interface KustoLanguage {
  parseAndAnalyze(text: string, database: Database): KustoCode;
  globalsFor(database: Database): GlobalState;
  /** The SyntaxKind name of a node or token, e.g. 'FilterOperator', 'HasExpression'. */
  kindName(element: SyntaxElement): string;
  /** The SymbolKind name of a symbol, e.g. 'Column', 'Table', 'Variable', 'Function'. */
  symbolKindName(symbol: KSymbol): string;
}

let loading: Promise<KustoLanguage> | undefined;

export function loadKustoLanguage(): Promise<KustoLanguage> {
  loading ??= load();
  return loading;
}

async function load(): Promise<KustoLanguage> {
  // The bundles define globals; when this module is evaluated again in the same realm (test runners re-import
  // modules per file) the globals, and the parser's costly static initialisation, are reused.
  if ((globalThis as Partial<KustoGlobals>).Kusto?.Language === undefined) {
    await import('@kusto/language-service-next/bridge.min.js');
    await import('@kusto/language-service-next/Kusto.Language.Bridge.min.js');
  }
  const { Kusto, System } = globalThis as unknown as KustoGlobals;
  const K = Kusto.Language;
  const syntaxKinds = enumNames(System.Enum, K.Syntax.SyntaxKind);
  const symbolKinds = enumNames(System.Enum, K.Symbols.SymbolKind);
  const globalsByDatabase = new WeakMap<Database, GlobalState>();

  const globalsFor = (database: Database): GlobalState => {
    let globals = globalsByDatabase.get(database);
    if (globals === undefined) {
      const members: unknown[] = [];
      for (const [name, table] of database.tables) {
        const schema = `(${table.columns.map((column) => `['${column.name}']:${column.type}`).join(', ')})`;
        members.push(new K.Symbols.TableSymbol.$ctor7(name, schema, ''));
      }
      for (const fn of database.functions) {
        members.push(new K.Symbols.FunctionSymbol.$ctor16(fn.name, fn.parameters || '()', `{ ${fn.body} }`, ''));
      }
      globals = K.GlobalState.Default.WithDatabase(new K.Symbols.DatabaseSymbol.$ctor1(database.name, members, false));
      globalsByDatabase.set(database, globals);
    }
    return globals;
  };

  return {
    globalsFor,
    parseAndAnalyze: (text, database) => K.KustoCode.ParseAndAnalyze(text, globalsFor(database)),
    kindName: (element) => syntaxKinds.get(element.Kind) ?? `SyntaxKind#${element.Kind}`,
    symbolKindName: (symbol) => symbolKinds.get(symbol.Kind) ?? `SymbolKind#${symbol.Kind}`,
  };
}

function enumNames(bridgeEnum: BridgeEnum, enumType: unknown): Map<number, string> {
  const names = bridgeEnum.getNames(enumType);
  const values = bridgeEnum.getValues(enumType);
  return new Map(values.map((value, index) => [value, names[index] ?? String(value)]));
}
