import type { SubjectRuns } from './collect';
import { STAGES, type OfficeActions, type Stage, type StagesRun } from './stage-types';
import { median, medianOf } from './stats';

/** Medians over the runs of one workbook; `null` where a child never finished. */
export interface SubjectFigures {
  readonly label: string;
  readonly subKegiatan: number | null;
  readonly runs: number;
  readonly fileMb: number | null;
  readonly dataCells: number | null;
  readonly writes: number | null;
  readonly stageMs: Readonly<Record<Stage, number>> | null;
  readonly stageCpuMs: Readonly<Record<Stage, number>> | null;
  /** Recognize + compute and check + plan, CPU time (see `timing` in summary.ts). */
  readonly engineMs: number | null;
  readonly engineWallMs: number | null;
  /** Of `engineMs`, the main thread's: the rest is V8 compiling the engine's code and collecting its garbage on other threads. */
  readonly engineMainThreadMs: number | null;
  /** ExcelJS's `readFile` of the same file, CPU time. */
  readonly parseMs: number | null;
  readonly parseWallMs: number | null;
  readonly engineToParse: number | null;
  readonly readMs: number | null;
  readonly readWallMs: number | null;
  /** ExcelJS read time ÷ ours (issue 10: at least 4). */
  readonly readSpeedup: number | null;
  /** Peak RSS our read adds, and ExcelJS's, in MB. */
  readonly readRssMb: number | null;
  readonly exceljsRssMb: number | null;
  /** Ours ÷ ExcelJS's (issue 10: at most 0.25). */
  readonly readMemoryRatio: number | null;
  /** `lkjip recalc` end to end (read, analyze, plan, patch, write the file). */
  readonly recalcMs: number | null;
  readonly recalcWallMs: number | null;
  readonly recalcToParse: number | null;
  readonly peakRssMb: number | null;
  readonly modelMb: number | null;
  /** (Peak RSS − RSS before reading) ÷ the model's heap size (issue 7: at most 3). */
  readonly memoryToModel: number | null;
  /** `lkjip recalc`'s own peak RSS over its RSS before starting, in MB, and that ÷ the model's size. */
  readonly recalcPeakMb: number | null;
  readonly recalcPeakToModel: number | null;
  readonly office: { readonly web: OfficeFigures; readonly desktop: OfficeFigures } | null;
  readonly failures: readonly string[];
}

export interface OfficeFigures {
  readonly checkSyncs: number;
  readonly recalcSyncs: number;
  readonly undoSyncs: number;
  readonly requestBytesMax: number;
  readonly responseBytesMax: number;
  /** Syncs Excel refused as too large: on the web, a workbook over 5 MB. */
  readonly refusedSyncs: number;
}

function officeFigures(o: OfficeActions): OfficeFigures {
  return {
    checkSyncs: o.check.syncs,
    recalcSyncs: o.recalc.syncs,
    undoSyncs: o.undo.syncs,
    requestBytesMax: Math.max(o.check.requestBytesMax, o.recalc.requestBytesMax, o.undo.requestBytesMax),
    responseBytesMax: Math.max(o.check.responseBytesMax, o.recalc.responseBytesMax, o.undo.responseBytesMax),
    refusedSyncs: o.check.refusedSyncs + o.recalc.refusedSyncs + o.undo.refusedSyncs,
  };
}

const ratio = (a: number | null, b: number | null): number | null => (a === null || b === null || b === 0 ? null : a / b);
const orNull = (runs: readonly unknown[], value: () => number): number | null => (runs.length === 0 ? null : value());

const engineOf = (r: StagesRun, cpu: boolean): number =>
  cpu ? r.stages.recognize.cpuMs + r.stages.compute_check.cpuMs + r.stages.plan.cpuMs : r.stages.recognize.wallMs + r.stages.compute_check.wallMs + r.stages.plan.wallMs;

/** The engine's CPU on the main thread alone, or null where the platform cannot tell. */
function engineMainThreadOf(r: StagesRun): number | null {
  const parts = [r.stages.recognize, r.stages.compute_check, r.stages.plan].map((s) => s.mainThreadCpuMs);
  return parts.some((p) => p === null) ? null : parts.reduce<number>((sum, p) => sum + p!, 0);
}

const peakOf = (r: StagesRun): number => Math.max(...STAGES.map((s) => r.stages[s].peakRssMb));

function perStage(runs: readonly StagesRun[], field: 'wallMs' | 'cpuMs'): Record<Stage, number> | null {
  if (runs.length === 0) return null;
  const out = {} as Record<Stage, number>;
  for (const s of STAGES) out[s] = medianOf(runs, (r) => r.stages[s][field]);
  return out;
}

export function subjectFigures(runs: SubjectRuns): SubjectFigures {
  const s = runs.stages;
  const parseMs = orNull(runs.exceljs, () => medianOf(runs.exceljs, (r) => r.cpuMs));
  const read = runs.read;
  const readMs = orNull(read, () => medianOf(read, (r) => r.cpuMs));
  const readRssMb = orNull(read, () => medianOf(read, (r) => r.peakRssDeltaMb));
  const exceljsRssMb = orNull(runs.exceljs, () => medianOf(runs.exceljs, (r) => r.peakRssDeltaMb));
  const engineMs = orNull(s, () => median(s.map((r) => engineOf(r, true))));
  const recalcMs = orNull(runs.recalc, () => medianOf(runs.recalc, (r) => r.cpuMs));
  const office = runs.office;
  return {
    label: runs.subject.label,
    subKegiatan: runs.subject.subKegiatan ?? null,
    runs: Math.max(s.length, read.length, runs.exceljs.length, runs.recalc.length),
    fileMb: orNull(s, () => s[0]!.fileMb),
    dataCells: orNull(s, () => s[0]!.dataCells),
    writes: orNull(s, () => s[0]!.writes),
    stageMs: perStage(s, 'wallMs'),
    stageCpuMs: perStage(s, 'cpuMs'),
    engineMs,
    engineWallMs: orNull(s, () => median(s.map((r) => engineOf(r, false)))),
    engineMainThreadMs: s.some((r) => engineMainThreadOf(r) === null) ? null : orNull(s, () => median(s.map((r) => engineMainThreadOf(r)!))),
    parseMs,
    parseWallMs: orNull(runs.exceljs, () => medianOf(runs.exceljs, (r) => r.wallMs)),
    engineToParse: ratio(engineMs, parseMs),
    readMs,
    readWallMs: orNull(read, () => medianOf(read, (r) => r.wallMs)),
    readSpeedup: ratio(parseMs, readMs),
    readRssMb,
    exceljsRssMb,
    readMemoryRatio: ratio(readRssMb, exceljsRssMb),
    recalcMs,
    recalcWallMs: orNull(runs.recalc, () => medianOf(runs.recalc, (r) => r.wallMs)),
    recalcToParse: ratio(recalcMs, parseMs),
    peakRssMb: orNull(s, () => median(s.map(peakOf))),
    modelMb: orNull(s, () => medianOf(s, (r) => r.modelMb)),
    memoryToModel: orNull(s, () => median(s.map((r) => (peakOf(r) - r.baselineRssMb) / r.modelMb))),
    recalcPeakMb: orNull(runs.recalc, () => medianOf(runs.recalc, (r) => r.peakRssDeltaMb)),
    recalcPeakToModel: ratio(
      orNull(runs.recalc, () => medianOf(runs.recalc, (r) => r.peakRssDeltaMb)),
      orNull(s, () => medianOf(s, (r) => r.modelMb)),
    ),
    office: office ? { web: officeFigures(office.web), desktop: officeFigures(office.desktop) } : null,
    failures: runs.failures,
  };
}
