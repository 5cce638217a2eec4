// Placeholder until the export feature lands.
import type { ConsoleServices } from '../../app/services';

export function requestCsvExport(): void {}

export async function copyActiveTableAsTsv(_services: ConsoleServices): Promise<void> {}
