/** The stages of one recalc, in order, as the bench times them. */
export const STAGES = ['read', 'recognize', 'compute_check', 'plan', 'write'] as const;
export type Stage = (typeof STAGES)[number];

export interface StageFigures {
  readonly wallMs: number;
  readonly cpuMs: number;
  /** CPU of the main thread alone (Linux), where the code runs; the rest of `cpuMs` is V8's compiler and collector threads. */
  readonly mainThreadCpuMs: number | null;
  /** Highest resident set while the stage ran, in MB. */
  readonly peakRssMb: number;
}

export interface StagesRun {
  readonly stages: Readonly<Record<Stage, StageFigures>>;
  /** RSS before the file was read (Node, the code and the sampler), in MB. */
  readonly baselineRssMb: number;
  /** Heap the Workbook model occupies, in MB. */
  readonly modelMb: number;
  readonly fileMb: number;
  readonly dataCells: number;
  readonly derived: number;
  readonly warnings: number;
  readonly writes: number;
  readonly outputMb: number;
}

/** One timed operation in a fresh process: ExcelJS's read, or `lkjip recalc` end to end. */
export interface ReadRun {
  readonly wallMs: number;
  readonly cpuMs: number;
  /** Peak RSS over the RSS just before the operation, in MB. */
  readonly peakRssDeltaMb: number;
}

/** One task-pane action against the fake Excel. */
export interface OfficeAction {
  readonly syncs: number;
  readonly requestBytesMax: number;
  readonly responseBytesMax: number;
  /** Syncs the fake refused (payload over 5 MB, too many merged areas) and the adapter retried smaller. */
  readonly refusedSyncs: number;
  readonly wallMs: number;
}

export interface OfficeActions {
  readonly check: OfficeAction;
  readonly recalc: OfficeAction;
  readonly undo: OfficeAction;
}

/** The three actions on Excel on the web (5 MB per request and response) and on desktop Excel (no limit). */
export interface OfficeRun {
  readonly web: OfficeActions;
  readonly desktop: OfficeActions;
}

/** `lkjip check FOLDER` over the batch folder. */
export interface BatchRun {
  readonly files: number;
  readonly workers: number;
  readonly wallMs: number;
  /** CPU of the main thread and the workers together. */
  readonly cpuMs: number;
  readonly filesPerSecond: number;
}
