/**
 * Our reader (`readXlsx`) on one .xlsx in a fresh process, measured exactly as
 * exceljs-read-child measures ExcelJS (same sampler, same baseline, file read included; the
 * file read as the CLI reads it, synchronously):
 *   node --expose-gc dist/bench/children/xlsx-read-child.js FILE
 */
import { readFileSync } from 'fs';
import { readXlsx } from '../../src/adapters/xlsx/read-xlsx';
import type { ReadRun } from '../stage-types';
import { collectGarbage, printResult, timedAsync } from './child-io';
import { withPeakRss } from './peak-rss';

async function main(file: string): Promise<void> {
  collectGarbage();
  const { value: timed, peakRssDeltaMb } = await withPeakRss(() => timedAsync(async () => readXlsx(new Uint8Array(readFileSync(file)))));
  const { value: workbook, wallMs, cpuMs } = timed;
  const result: ReadRun = { wallMs, cpuMs, peakRssDeltaMb };
  if (workbook.sheets.length === 0) throw new Error(`no sheet read from ${file}`);
  printResult(result);
}

void main(process.argv[2]!);
