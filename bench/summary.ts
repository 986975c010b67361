import type { OfficeFigures, SubjectFigures } from './figures';
import { round } from './stats';

/** The one JSON line of `npm run bench -- --json`, comparable from one release to the next. */
export interface BenchSummary {
  readonly rows: number | null;
  readonly parse_ms: number | null;
  readonly engine_ms: number | null;
  readonly engine_to_parse: number | null;
  /** Of `engine_ms`, the main thread's; the rest ran on V8's compiler and collector threads. */
  readonly engine_main_thread_ms: number | null;
  readonly growth_2x: number | null;
  /** Desktop Excel, and Excel on the web for workbooks within one 5 MB response: the target's figure. */
  readonly office_syncs_max: number | null;
  /** Excel on the web, every workbook: past 5 MB of cells the syncs grow with the bytes. */
  readonly office_syncs_web_max: number | null;
  readonly office_request_bytes_max: number | null;
  readonly peak_rss_mb: number | null;
  readonly batch_files_per_s: number | null;
  readonly read_ms: number | null;
  readonly read_speedup_min: number | null;
  readonly read_rss_mb: number | null;
  readonly exceljs_rss_mb: number | null;
  readonly read_memory_ratio_max: number | null;
  readonly recalc_ms: number | null;
  readonly recalc_to_parse_max: number | null;
  readonly model_mb: number | null;
  readonly memory_to_model: number | null;
  /** `lkjip recalc`'s peak RSS growth ÷ the model's size, on the largest file: the memory target's figure. */
  readonly recalc_peak_to_model: number | null;
  readonly batch_files_per_s_1_worker: number | null;
  readonly runs: number;
  /** Times are the process's CPU time (user + system): steady on a shared machine, where wall time is not. Batch rates are wall. */
  readonly timing: 'cpu';
  readonly machine: string;
  readonly load_avg: string;
}

export interface Target {
  readonly name: string;
  readonly value: number | null;
  readonly limit: string;
  readonly holds: boolean | null;
}

const r = (v: number | null, d = 1): number | null => (v === null ? null : round(v, d));
const pick = <T>(values: readonly (T | null)[], fn: (xs: T[]) => T): T | null => {
  const xs = values.filter((v): v is T => v !== null);
  return xs.length === 0 ? null : fn(xs);
};
const maxOf = (values: readonly (number | null)[]): number | null => pick(values, (xs) => Math.max(...xs));
const minOf = (values: readonly (number | null)[]): number | null => pick(values, (xs) => Math.min(...xs));

export function summarize(
  synthetic: readonly SubjectFigures[],
  realworld: readonly SubjectFigures[],
  batch: { twoCores: number | null; oneWorker: number | null },
  context: { runs: number; machine: string; loadAvg: string },
): { summary: BenchSummary; targets: Target[] } {
  const largest = synthetic[synthetic.length - 1];
  const half = largest?.subKegiatan ? synthetic.find((s) => s.subKegiatan === largest.subKegiatan! / 2) : undefined;
  const all = [...synthetic, ...realworld];
  const growth = largest?.engineMs != null && half?.engineMs != null ? largest.engineMs / half.engineMs : null;
  const syncsOf = (o: OfficeFigures): number => Math.max(o.checkSyncs, o.recalcSyncs, o.undoSyncs);
  // A workbook Excel on the web refused to send in one response is over 5 MB of cells.
  const fitsOneResponse = (o: OfficeFigures): boolean => o.refusedSyncs === 0;
  const officeSyncs = maxOf(all.flatMap((s) => (s.office ? [syncsOf(s.office.desktop), ...(fitsOneResponse(s.office.web) ? [syncsOf(s.office.web)] : [])] : [null])));
  const officeWebSyncs = maxOf(all.map((s) => (s.office ? syncsOf(s.office.web) : null)));
  const summary: BenchSummary = {
    rows: largest?.subKegiatan ?? null,
    parse_ms: r(largest?.parseMs ?? null, 0),
    engine_ms: r(largest?.engineMs ?? null, 0),
    engine_to_parse: r(largest?.engineToParse ?? null, 3),
    engine_main_thread_ms: r(largest?.engineMainThreadMs ?? null, 0),
    growth_2x: r(growth, 2),
    office_syncs_max: officeSyncs,
    office_syncs_web_max: officeWebSyncs,
    office_request_bytes_max: maxOf(all.map((s) => s.office?.web.requestBytesMax ?? null)),
    peak_rss_mb: r(largest?.peakRssMb ?? null, 0),
    batch_files_per_s: r(batch.twoCores, 1),
    read_ms: r(largest?.readMs ?? null, 0),
    read_speedup_min: r(minOf(all.map((s) => s.readSpeedup)), 2),
    read_rss_mb: r(largest?.readRssMb ?? null, 0),
    exceljs_rss_mb: r(largest?.exceljsRssMb ?? null, 0),
    read_memory_ratio_max: r(maxOf(all.map((s) => s.readMemoryRatio)), 3),
    recalc_ms: r(largest?.recalcMs ?? null, 0),
    recalc_to_parse_max: r(maxOf(all.map((s) => s.recalcToParse)), 3),
    model_mb: r(largest?.modelMb ?? null, 1),
    memory_to_model: r(largest?.memoryToModel ?? null, 2),
    recalc_peak_to_model: r(largest?.recalcPeakToModel ?? null, 2),
    batch_files_per_s_1_worker: r(batch.oneWorker, 1),
    runs: context.runs,
    timing: 'cpu',
    machine: context.machine,
    load_avg: context.loadAvg,
  };
  const check = (name: string, value: number | null, limit: string, holds: (v: number) => boolean): Target => ({ name, value, limit, holds: value === null ? null : holds(value) });
  const targets = [
    check('mesin ÷ parse ExcelJS (berkas terbesar)', summary.engine_to_parse, '≤ 0,10', (v) => v <= 0.1),
    check('pertumbuhan waktu mesin, baris ×2', summary.growth_2x, '≤ 2,2', (v) => v <= 2.2),
    check('sync Office.js per aksi: desktop, dan web bila sel ≤ 5 MB (maks.)', summary.office_syncs_max, '≤ 4', (v) => v <= 4),
    check('memori puncak lkjip recalc ÷ ukuran model (berkas terbesar)', summary.recalc_peak_to_model, '≤ 3', (v) => v <= 3),
    check('baca: kali lebih cepat dari ExcelJS (min.)', summary.read_speedup_min, '≥ 4', (v) => v >= 4),
    check('memori baca ÷ memori ExcelJS (maks.)', summary.read_memory_ratio_max, '≤ 0,25', (v) => v <= 0.25),
    check('recalc ujung ke ujung ÷ parse ExcelJS (maks.)', summary.recalc_to_parse_max, '< 1', (v) => v < 1),
  ];
  return { summary, targets };
}
