/**
 * ExcelJS's `readFile` of one .xlsx in a fresh process, the yardstick of the bench:
 *   node --expose-gc dist/bench/children/exceljs-read-child.js FILE
 */
import ExcelJS from 'exceljs';
import type { ReadRun } from '../stage-types';
import { collectGarbage, printResult, timedAsync } from './child-io';
import { withPeakRss } from './peak-rss';

async function main(file: string): Promise<void> {
  collectGarbage();
  const { value: timed, peakRssDeltaMb } = await withPeakRss(() => timedAsync(() => new ExcelJS.Workbook().xlsx.readFile(file)));
  const { value: workbook, wallMs, cpuMs } = timed;
  const result: ReadRun = { wallMs, cpuMs, peakRssDeltaMb };
  if (workbook.worksheets.length === 0) throw new Error(`ExcelJS read no sheet from ${file}`);
  printResult(result);
}

void main(process.argv[2]!);
