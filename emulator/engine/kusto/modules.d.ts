// The Bridge.NET bundles are plain scripts that install globals (Bridge, System, Kusto); they export nothing.
declare module '@kusto/language-service-next/bridge.min.js';
declare module '@kusto/language-service-next/Kusto.Language.Bridge.min.js';
