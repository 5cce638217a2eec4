export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  assets?: string[];
}
export type Manifest = Record<string, ManifestChunk>;
export interface BundlePart {
  name: string;
  files: string[];
}
export interface BudgetCheck {
  name: string;
  bytes: number;
  budget: number | null;
  ok: boolean;
}

export function staticClosure(manifest: Manifest, key: string, already?: Set<string>): string[];
export function bundleParts(manifest: Manifest): BundlePart[];
export function checkBudgets(parts: BundlePart[], budgets: Record<string, number>, gzipSize: (file: string) => number): BudgetCheck[];
