/**
 * `npm run bench [-- --json …]` (options: bench/options.ts). Issue 7 and 10's figures: per-stage
 * times and peak memory of `lkjip recalc` on synthetic workbooks up to 50,000 sub kegiatan and on
 * the real files of `../shared/realworld/`, ExcelJS's read of the same files as the yardstick, the
 * Office.js adapter against the fake Excel, and `lkjip check` over a folder of 200 workbooks.
 * Every measurement runs in a fresh child process; the figures are medians. Progress goes to
 * stderr, the table to stdout, and with `--json` one JSON line ends the output.
 */
import { existsSync, readdirSync } from 'fs';
import { cpus, loadavg, totalmem } from 'os';
import { join } from 'path';
import { ChildFailed, runChild } from './child';
import { SubjectRuns, type Subject } from './collect';
import { subjectFigures } from './figures';
import { parseBenchOptions, REALWORLD_RUNS_PER_ROUND, type BenchOptions } from './options';
import { humanReport } from './report';
import type { BatchRun } from './stage-types';
import { median } from './stats';
import { summarize } from './summary';
import { batchFolder, syntheticFile } from './workbooks';

const progress = (line: string): void => {
  process.stderr.write(`[bench] ${line}\n`);
};

function machine(): string {
  const cores = cpus();
  return `${cores.length} × ${cores[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB, node ${process.version}`;
}

function realworldSubjects(dir: string): Subject[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.xlsx'))
    .sort()
    .map((f) => ({ label: f, file: join(dir, f) }));
}

async function syntheticSubjects(sizes: readonly number[]): Promise<Subject[]> {
  const out: Subject[] = [];
  for (const size of [...sizes].sort((a, b) => a - b)) {
    progress(`buku kerja sintetis ${size} sub kegiatan…`);
    out.push({ label: `sintetis-${size}`, file: await syntheticFile(size), subKegiatan: size });
  }
  return out;
}

async function measureBatch(options: BenchOptions): Promise<{ twoCores: number | null; oneWorker: number | null; note?: string }> {
  if (!options.batch) return { twoCores: null, oneWorker: null, note: 'dilewati' };
  const folder = await batchFolder(options.batchFiles);
  const rates = async (workers: number, runs: number): Promise<number | null> => {
    const got: number[] = [];
    for (let i = 0; i < runs; i++) {
      progress(`lkjip check folder ${options.batchFiles} berkas, ${workers} worker (${i + 1}/${runs})`);
      try {
        got.push((await runChild<BatchRun>('batch-child', [folder, String(workers)], options.timeoutSeconds * 4)).filesPerSecond);
      } catch (err) {
        if (err instanceof ChildFailed) return null;
        throw err;
      }
    }
    return median(got);
  };
  return { twoCores: await rates(cpus().length, options.runs), oneWorker: await rates(1, 1) };
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const loadBefore = loadavg()[0]!;
  const synthetic = (await syntheticSubjects(options.sizes)).map((s) => new SubjectRuns(s));
  const realworld = realworldSubjects(options.realworldDir).map((s) => new SubjectRuns(s));
  const everything = [...synthetic, ...realworld];
  // Run-major, so that a change in the machine's load spreads over every workbook alike.
  for (let run = 1; run <= options.runs; run++) {
    for (const subject of everything) {
      progress(`${subject.subject.label}: putaran ${run}/${options.runs}`);
      const repeats = realworld.includes(subject) ? REALWORLD_RUNS_PER_ROUND : 1;
      for (let i = 0; i < repeats; i++) await subject.runOnce(options.timeoutSeconds);
    }
  }
  if (options.office) {
    for (const subject of everything) {
      progress(`${subject.subject.label}: Office.js (Excel palsu)`);
      await subject.runOffice(options.timeoutSeconds);
    }
  }
  const batch = await measureBatch(options);
  const loadAfter = loadavg()[0]!;

  const syntheticFigures = synthetic.map(subjectFigures);
  const realworldFigures = realworld.map(subjectFigures);
  const { summary, targets } = summarize(syntheticFigures, realworldFigures, batch, {
    runs: options.runs,
    machine: machine(),
    loadAvg: `${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`,
  });
  process.stdout.write(humanReport(syntheticFigures, realworldFigures, summary, targets, { files: options.batchFiles, ...(batch.note ? { note: batch.note } : {}) }));
  if (options.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exitCode = 1;
});
