import type { FileCheckOutcome } from './check-file';

/** Options every worker starts with. */
export interface CheckWorkerData {
  readonly json: boolean;
  readonly settingsFile: string | undefined;
}

/** One file to check; `index` is its place in the input order. */
export interface CheckJob {
  readonly index: number;
  readonly file: string;
}

export interface CheckJobResult {
  readonly index: number;
  readonly outcome: FileCheckOutcome;
}
