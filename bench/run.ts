import { cpus } from 'os';
import { recognizeWorkbook } from '../src/engine/recognize/recognize-workbook';
import { syntheticWorkbook } from './generate-workbook';
import { medianMs } from './measure';

const RUNS = 5;
const json = process.argv.includes('--json');

function recognitionRow(rows: number): { rows: number; recognize_ms: number } {
  const workbook = syntheticWorkbook(rows);
  const tables = recognizeWorkbook(workbook);
  if (tables.length !== 1 || tables[0]!.kind !== 'realisasi_anggaran') throw new Error('benchmark sheet not recognized');
  return { rows, recognize_ms: Number(medianMs(RUNS, () => recognizeWorkbook(workbook)).toFixed(1)) };
}

const sizes = [5_000, 10_000, 20_000, 40_000];
const results = sizes.map(recognitionRow);
const at = (n: number): number => results.find((r) => r.rows === n)!.recognize_ms;
const summary = {
  rows: 20_000,
  recognize_ms: at(20_000),
  growth_2x: Number((at(40_000) / at(20_000)).toFixed(2)),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`,
};
if (!json) {
  process.stdout.write(`Pengenalan tabel (median dari ${RUNS} kali), ${summary.machine}\n`);
  for (const r of results) process.stdout.write(`  ${String(r.rows).padStart(6)} baris: ${r.recognize_ms} ms\n`);
  process.stdout.write(`  pertumbuhan 20.000 → 40.000 baris: ${summary.growth_2x}×\n`);
}
process.stdout.write(`${JSON.stringify(summary)}\n`);
