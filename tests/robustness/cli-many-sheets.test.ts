import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readXlsx } from '../../src/adapters/xlsx/read-xlsx';
import { analyzeWorkbook } from '../../src/engine/pipeline';
import { DEFAULT_SETTINGS } from '../../src/engine/settings/types';
import { WARNINGS_SHEET } from '../../src/engine/workbook/tool-sheets';
import { runCli } from '../cli/run-cli';
import { fixtureWorkbook } from '../fixtures/fixture-workbook';
import { standar } from '../fixtures/seeds/standar';
import type { Fixture } from '../fixtures/spec';
import { writeFixture } from '../fixtures/write-fixture';

/** A workbook with 200 sheets (issue 7) through the CLI: read, checked and recalculated like any other. */
const SHEETS = 200;
const many: Fixture = {
  ...standar,
  name: 'dua-ratus-lembar',
  sheets: Array.from({ length: SHEETS }, (_, i) => {
    const sheet = standar.sheets[i % standar.sheets.length]!;
    return { ...sheet, name: `L${String(i + 1).padStart(3, '0')} ${sheet.name}` };
  }),
};

let file: string;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lkjip-200-'));
  file = join(dir, 'dua-ratus-lembar.xlsx');
  writeFileSync(file, await writeFixture(many));
});

test(`check --json finds the tables of all ${SHEETS} sheets`, async () => {
  const run = await runCli('check', file, '--json');
  expect(run.stderr).toEqual([]);
  expect(run.code).toBeLessThan(2);
  const report = JSON.parse(run.stdout[0]!) as { tables: { sheet: string }[] };
  const expected = analyzeWorkbook(fixtureWorkbook(many), DEFAULT_SETTINGS).tables.length;
  expect(report.tables).toHaveLength(expected);
  expect(new Set(report.tables.map((t) => t.sheet)).size).toBe(SHEETS);
});

test('recalc writes a readable workbook with every sheet and the warnings sheet', async () => {
  const output = join(dir, 'hasil.xlsx');
  const run = await runCli('recalc', file, '-o', output);
  expect(run.stderr).toEqual([]);
  expect(run.code).toBeLessThan(2);
  const written = readXlsx(new Uint8Array(readFileSync(output)));
  expect(written.sheets.map((s) => s.name)).toEqual([...many.sheets.map((s) => s.name), WARNINGS_SHEET]);
});
