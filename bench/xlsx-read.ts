/**
 * Read time and peak memory of `readXlsx` against ExcelJS on the same bytes.
 *
 *   node dist/bench/xlsx-read.js FILE…        compare, each read in a fresh process, best of 5
 *   node dist/bench/xlsx-read.js generated 20000        the same on a generated sheet of that many rows
 *   node dist/bench/xlsx-read.js one ours|exceljs FILE   one measurement, printed as JSON
 *
 * Memory is the rise of the process's peak resident set over its level just before the read,
 * so that Node's own start-up memory is left out; time is wall-clock of the read alone.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
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

/** A realisasi-anggaran-like sheet of `rows` rows: text, numbers, formulas, `#,##0` and `0.00%`. */
export async function generatedWorkbook(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.addRow(['No', 'Kode', 'Uraian', 'Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian', 'Pagu', 'Realisasi Rp', 'Serapan', 'Predikat']);
  for (let i = 1; i <= rows; i++) {
    const r = i + 1;
    const target = (i % 97) + 10;
    const realisasi = (i % 89) + 5;
    const pagu = 1000000 + i * 137;
    const belanja = 900000 + i * 111;
    const row = ws.addRow([
      i,
      `7.01.${String(i % 100).padStart(2, '0')}.2.${i % 7}`,
      `Program ${i % 500} peningkatan layanan`,
      `Persentase indikator ${i % 300}`,
      i % 3 ? '%' : 'Dokumen',
      target,
      realisasi,
      { formula: `G${r}/F${r}*100`, result: (realisasi / target) * 100 },
      pagu,
      belanja,
      { formula: `J${r}/I${r}`, result: belanja / pagu },
      i % 4 ? 'Baik' : 'Sangat Baik',
    ]);
    row.getCell(9).numFmt = '#,##0';
    row.getCell(10).numFmt = '#,##0';
    row.getCell(11).numFmt = '0.00%';
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function main(args: readonly string[]): Promise<void> {
  if (args[0] === 'generated') {
    const rows = Number(args[1] ?? 20000);
    const file = join(mkdtempSync(join(tmpdir(), 'xlsx-read-')), `generated-${rows}.xlsx`);
    writeFileSync(file, await generatedWorkbook(rows));
    compare([file], 5);
    return;
  }
  if (args[0] === 'one') {
    const bytes = new Uint8Array(readFileSync(args[2]!));
    const result = args[1] === 'exceljs' ? await measureExcelJsRead(bytes) : await measureRead(bytes);
    process.stdout.write(JSON.stringify(result));
    return;
  }
  compare(args, 5);
}

if (require.main === module) void main(process.argv.slice(2));
