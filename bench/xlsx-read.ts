/**
 * Read time and peak memory of `readXlsx` against ExcelJS on the same bytes.
 *
 *   node dist/bench/xlsx-read.js FILE…        compare, each read in a fresh process, best of 5
 *   node dist/bench/xlsx-read.js one ours|exceljs FILE   one measurement, printed as JSON
 *
 * Memory is the rise of the process's peak resident set over its level just before the read,
 * so that Node's own start-up memory is left out; time is wall-clock of the read alone.
 */
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import { readXlsx } from '../src/adapters/xlsx/read-xlsx';

export interface ReadMeasurement {
  /** Wall-clock time. */
  readonly ms: number;
  /** CPU time (user + system), steadier than wall-clock on a busy machine. */
  readonly cpuMs: number;
  readonly peakRssDeltaMB: number;
}

type Reader = 'ours' | 'exceljs';

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

async function measure(run: () => unknown): Promise<ReadMeasurement> {
  collectGarbage();
  const before = process.memoryUsage().rss;
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  await run();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpuStart);
  const peak = process.resourceUsage().maxRSS * 1024;
  return {
    ms: Math.round(ms),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakRssDeltaMB: Math.round(Math.max(0, peak - before) / 1e5) / 10,
  };
}

/** Our reader on `bytes`; meaningful for memory only as the first large thing a process does. */
export function measureRead(bytes: Uint8Array): Promise<ReadMeasurement> {
  return measure(() => readXlsx(bytes));
}

// ExcelJS declares its own `Buffer` that no Node Buffer type satisfies.
type ExcelJsInput = Parameters<ExcelJS.Xlsx['load']>[0];

export function measureExcelJsRead(bytes: Uint8Array): Promise<ReadMeasurement> {
  return measure(() => new ExcelJS.Workbook().xlsx.load(Buffer.from(bytes) as unknown as ExcelJsInput));
}

function measureInChild(reader: Reader, file: string): ReadMeasurement {
  const out = execFileSync(process.execPath, ['--expose-gc', __filename, 'one', reader, file], { encoding: 'utf8' });
  return JSON.parse(out) as ReadMeasurement;
}

function best(runs: readonly ReadMeasurement[]): ReadMeasurement {
  return {
    ms: Math.min(...runs.map((r) => r.ms)),
    cpuMs: Math.min(...runs.map((r) => r.cpuMs)),
    peakRssDeltaMB: Math.min(...runs.map((r) => r.peakRssDeltaMB)),
  };
}

function compare(files: readonly string[], rounds: number): void {
  for (const file of files) {
    const ours: ReadMeasurement[] = [];
    const exceljs: ReadMeasurement[] = [];
    for (let i = 0; i < rounds; i++) {
      ours.push(measureInChild('ours', file));
      exceljs.push(measureInChild('exceljs', file));
    }
    const a = best(ours);
    const b = best(exceljs);
    console.log(
      `${file}\n  ours    ${a.ms} ms (cpu ${a.cpuMs} ms), +${a.peakRssDeltaMB} MB` +
        `\n  ExcelJS ${b.ms} ms (cpu ${b.cpuMs} ms), +${b.peakRssDeltaMB} MB` +
        `\n  ratio   ${(b.ms / Math.max(1, a.ms)).toFixed(1)}x faster (cpu ${(b.cpuMs / Math.max(1, a.cpuMs)).toFixed(1)}x), ` +
        `${(b.peakRssDeltaMB / Math.max(0.1, a.peakRssDeltaMB)).toFixed(1)}x less memory`,
    );
  }
}

async function main(args: readonly string[]): Promise<void> {
  if (args[0] === 'one') {
    const bytes = new Uint8Array(readFileSync(args[2]!));
    const result = args[1] === 'exceljs' ? await measureExcelJsRead(bytes) : await measureRead(bytes);
    process.stdout.write(JSON.stringify(result));
    return;
  }
  compare(args, 5);
}

if (require.main === module) void main(process.argv.slice(2));
