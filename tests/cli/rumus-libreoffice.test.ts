import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { patchXlsx } from '../../src/adapters/xlsx/patch-xlsx';
import { readXlsx } from '../../src/adapters/xlsx/read-xlsx';
import { analyzeWorkbook } from '../../src/engine/pipeline';
import { planRecalc } from '../../src/engine/plan/plan-recalc';
import type { WritePlan } from '../../src/engine/plan/types';
import { DEFAULT_SETTINGS, type Settings } from '../../src/engine/settings/types';
import { allFixtures } from '../fixtures/all';

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const fixtureFile = (name: string): string => join(__dirname, '..', 'fixtures', 'xlsx', `${name}.xlsx`);

/** A LibreOffice profile that recalculates every formula when it opens an .xlsx (by default it keeps the cached values). */
function recalculatingProfile(dir: string): string {
  const user = join(dir, 'profile', 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n</oor:items>\n',
  );
  return `file://${join(dir, 'profile')}`;
}

function csvSheets(file: string, outDir: string, profile: string): Map<string, string[][]> {
  mkdirSync(outDir, { recursive: true });
  const run = spawnSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', outDir, file], { encoding: 'utf8', timeout: 180_000 });
  expect(run.status).toBe(0);
  const sheets = new Map<string, string[][]>();
  for (const f of readdirSync(outDir).filter((x) => x.endsWith('.csv'))) {
    sheets.set(f, readFileSync(join(outDir, f), 'utf8').split('\n').map((line) => line.split(',')));
  }
  return sheets;
}

const numberIn = (text: string | undefined): number | undefined => {
  const n = Number((text ?? '').replace(/%$/, ''));
  return text && text.trim() !== '' && Number.isFinite(n) ? n : undefined;
};

if (soffice) {
  test.each(allFixtures.map((f) => [f.name] as const))('%s: a rumus-mode output recalculated by LibreOffice gives the value mode\'s numbers, cell by cell', (name) => {
    const dir = mkdtempSync(join(tmpdir(), 'lkjip-lo-rumus-'));
    const profile = recalculatingProfile(dir);
    const bytes = new Uint8Array(readFileSync(fixtureFile(name)));
    const workbook = readXlsx(bytes);
    const rumus: Settings = { ...DEFAULT_SETTINGS, modeTulis: 'rumus' };
    const values = planRecalc(workbook, analyzeWorkbook(workbook, DEFAULT_SETTINGS), DEFAULT_SETTINGS).plan;
    const formulas = planRecalc(workbook, analyzeWorkbook(workbook, rumus), rumus).plan;
    // No cached results at all: whatever LibreOffice shows, it computed.
    const uncached: WritePlan = {
      ...formulas,
      cells: formulas.cells.map((c) => (c.content?.kind === 'formula' ? { ...c, content: { ...c.content, cached: null } } : c)),
    };
    const formulaCells = uncached.cells.filter((c) => c.content?.kind === 'formula');
    if (formulaCells.length === 0) return; // a workbook whose inputs are all text has nothing to make live
    writeFileSync(join(dir, 'nilai.xlsx'), patchXlsx(bytes, values));
    writeFileSync(join(dir, 'rumus.xlsx'), patchXlsx(bytes, uncached));
    const a = csvSheets(join(dir, 'nilai.xlsx'), join(dir, 'csv-nilai'), profile);
    const b = csvSheets(join(dir, 'rumus.xlsx'), join(dir, 'csv-rumus'), profile);
    let compared = 0;
    for (const cell of formulaCells) {
      const name = [...a.keys()].find((k) => k.endsWith(`-${cell.sheet}.csv`))!;
      const expected = numberIn(a.get(name)?.[cell.row]?.[cell.col]);
      const actual = b.get(name.replace('nilai', 'rumus'))?.[cell.row]?.[cell.col];
      if (expected === undefined) {
        expect(actual).toBe(a.get(name)?.[cell.row]?.[cell.col]);
        continue;
      }
      expect(numberIn(actual)).toBeCloseTo(expected, 6);
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
  });
} else {
  test('LibreOffice recalculation: skipped, soffice is not installed', () => expect(soffice).toBeUndefined());
}
