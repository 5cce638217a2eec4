import { FAULTS, findFault, resolveParams } from './catalog.ts';
import type { FaultName, FaultParams } from './catalog.ts';

/** The faults in force for one request: the switched-on ones plus those named in its x-emulator-fault header. */
export interface FaultSet {
  get(name: FaultName): FaultParams | undefined;
  has(name: FaultName): boolean;
}

export interface FaultState {
  name: FaultName;
  active: boolean;
  params: FaultParams;
  appliesTo: string;
  description: string;
}

/** The run-time switchboard behind /.emulator/faults. */
export class FaultBoard {
  private readonly active = new Map<FaultName, FaultParams>();

  list(): FaultState[] {
    return FAULTS.map((fault) => this.state(fault.name));
  }

  state(name: FaultName): FaultState {
    const definition = findFault(name)!;
    const params = this.active.get(name);
    return {
      name,
      active: params !== undefined,
      params: params ?? { ...definition.defaults },
      appliesTo: definition.appliesTo,
      description: definition.description,
    };
  }

  /** Switches a fault on; returns an error message when the name or parameters are not acceptable. */
  enable(name: string, given: Record<string, unknown>): FaultState | string {
    const definition = findFault(name);
    if (definition === undefined) return `Unknown fault '${name}'.`;
    const params = resolveParams(definition, given);
    if (typeof params === 'string') return params;
    this.active.set(definition.name, params);
    return this.state(definition.name);
  }

  disable(name: FaultName): FaultState {
    this.active.delete(name);
    return this.state(name);
  }

  reset(): void {
    this.active.clear();
  }

  /** Combines the switched-on faults with a request's `x-emulator-fault` header (the header wins). */
  forRequest(headerText: string | undefined): FaultSet {
    const combined = new Map(this.active);
    for (const [name, params] of parseFaultHeader(headerText)) combined.set(name, params);
    return {
      get: (name) => combined.get(name),
      has: (name) => combined.has(name),
    };
  }
}

/**
 * Parses `x-emulator-fault: <name>[;param=value]...[, <name>...]`. Unknown names and bad parameters are ignored:
 * a per-request fault is a test's convenience, and a typo should not turn into a different failure.
 */
export function parseFaultHeader(headerText: string | undefined): Map<FaultName, FaultParams> {
  const faults = new Map<FaultName, FaultParams>();
  if (headerText === undefined) return faults;
  for (const entry of headerText.split(',')) {
    const [rawName = '', ...rawParams] = entry.split(';').map((part) => part.trim());
    const definition = findFault(rawName);
    if (definition === undefined) continue;
    const given: Record<string, string> = {};
    for (const rawParam of rawParams) {
      const separator = rawParam.indexOf('=');
      if (separator > 0) given[rawParam.slice(0, separator).trim()] = rawParam.slice(separator + 1).trim();
    }
    const params = resolveParams(definition, given);
    if (typeof params !== 'string') faults.set(definition.name, params);
  }
  return faults;
}
