/**
 * One run of the whole pipeline on one .xlsx, stage by stage, in a fresh process:
 *   node --expose-gc dist/bench/children/stages-child.js FILE
 * Prints one JSON line (`StagesRun`). Memory: peak RSS per stage from a sampling thread, and the
 * workbook model's size as the heap it adds (measured between two full collections).
 */
import { readFileSync } from 'fs';
import { patchXlsx } from '../../src/adapters/xlsx/patch-xlsx';
import { readXlsx } from '../../src/adapters/xlsx/read-xlsx';
import { analyzeWorkbook } from '../../src/engine/pipeline';
import { planRecalc } from '../../src/engine/plan/plan-recalc';
import { recognizeWorkbook } from '../../src/engine/recognize/recognize-workbook';
import { DEFAULT_SETTINGS } from '../../src/engine/settings/types';
import { readWorkbookSettings } from '../../src/engine/settings/workbook-settings';
import { startStageSampler } from '../memory-sampler';
import { STAGES, type Stage, type StageFigures, type StagesRun } from '../stage-types';
import { collectGarbage, MB, printResult, timed } from './child-io';

const difference = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : Math.max(0, a - b));

async function main(file: string): Promise<void> {
  collectGarbage();
  const sampler = startStageSampler(STAGES.length + 1);
  await sampler.ready;
  collectGarbage();
  const baseline = process.memoryUsage();
  const figures: Partial<Record<Stage, StageFigures>> = {};
  const run = <T>(index: number, stage: Stage, fn: () => T): T => {
    sampler.enter(index + 1);
    const { value, wallMs, cpuMs, threadCpuMs } = timed(fn);
    figures[stage] = { wallMs, cpuMs, mainThreadCpuMs: threadCpuMs, peakRssMb: 0 };
    return value;
  };

  const { bytes, workbook } = run(0, 'read', () => {
    const fileBytes = new Uint8Array(readFileSync(file));
    return { bytes: fileBytes, workbook: readXlsx(fileBytes) };
  });
  sampler.enter(0);
  // The model's cells live in typed arrays, outside V8's heap: their buffers count (the file's bytes, held too, do not).
  // V8 frees dead buffers after the collection that finds them: the second one sees only live buffers.
  collectGarbage();
  collectGarbage();
  const held = process.memoryUsage();
  const modelMb = (held.heapUsed - baseline.heapUsed + held.arrayBuffers - baseline.arrayBuffers - bytes.length) / MB;
  const settings = (() => {
    const saved = readWorkbookSettings(workbook);
    return saved?.ok ? saved.settings : DEFAULT_SETTINGS;
  })();
  run(1, 'recognize', () => recognizeWorkbook(workbook));
  const analysis = run(2, 'compute_check', () => analyzeWorkbook(workbook, settings));
  const recalc = run(3, 'plan', () => planRecalc(workbook, analysis, settings));
  const output = run(4, 'write', () => patchXlsx(bytes, recalc.plan));
  const peaks = await sampler.stop();

  const stages = {} as Record<Stage, StageFigures>;
  STAGES.forEach((stage, i) => {
    const f = figures[stage]!;
    stages[stage] = { ...f, peakRssMb: peaks[i + 1]! / MB };
  });
  // `compute_check` ran recognition again inside analyzeWorkbook: its own share is the difference.
  stages.compute_check = {
    ...stages.compute_check,
    wallMs: Math.max(0, stages.compute_check.wallMs - stages.recognize.wallMs),
    cpuMs: Math.max(0, stages.compute_check.cpuMs - stages.recognize.cpuMs),
    mainThreadCpuMs: difference(stages.compute_check.mainThreadCpuMs, stages.recognize.mainThreadCpuMs),
  };
  printResult({
    stages,
    baselineRssMb: baseline.rss / MB,
    modelMb,
    fileMb: bytes.length / MB,
    dataCells: workbook.sheets.reduce((n, s) => n + s.cells.size, 0),
    derived: analysis.derived.length,
    warnings: analysis.warnings.length,
    writes: recalc.plan.cells.filter((c) => c.content).length,
    outputMb: output.length / MB,
  } satisfies StagesRun);
}

void main(process.argv[2]!);
