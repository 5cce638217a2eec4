// The Kusto language worker's entry: the shim must run before Bridge.NET loads, hence a separate module first.
import './globalShim';
import '@kusto/monaco-kusto/release/esm/kusto.worker';
