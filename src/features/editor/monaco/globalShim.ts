// Bridge.NET inside monaco-kusto's worker reads `global` when it sees a CommonJS `module` (which the bundler's
// wrapper defines), and workers have no `global`: without this the worker dies with "global is not defined".
(globalThis as { global?: typeof globalThis }).global ??= globalThis;
