import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { readXlsx } from '../../src/adapters/xlsx/read-xlsx';
import { analyzeWorkbook } from '../../src/engine/pipeline';
import { DEFAULT_SETTINGS } from '../../src/engine/settings/types';
import { parseA1 } from '../../src/engine/workbook/a1';
import { WARNINGS_SHEET } from '../../src/engine/workbook/tool-sheets';
import { launchChromium, type Browser } from './chromium';
import { serveStatic, type StaticServer } from './static-server';
import { webBuild } from './web-build';
import { rowsOf } from '../helpers/sheet-rows';

const ROOT = join(__dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'contoh-lkjip-kecamatan.xlsx');
const SHOTS = join(__dirname, 'screenshots');

let server: StaticServer;
let browser: Browser;
let page: Page;
let scratch: string;
/** Every URL the page asked for after it had loaded. */
const afterLoad: string[] = [];
const everything: string[] = [];

beforeAll(async () => {
  const dir = await webBuild();
  server = await serveStatic({ '/': dir });
  browser = await launchChromium({ width: 1100, height: 760 });
  scratch = mkdtempSync(join(tmpdir(), 'lkjip-page-'));
  page = await browser.context.newPage();
  page.on('request', (request) => everything.push(request.url()));
  await page.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
  await page.getByRole('button', { name: 'Buka berkas .xlsx' }).waitFor();
  page.on('request', (request) => afterLoad.push(request.url()));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** A picture of the page, from the top unless the test scrolled on purpose. */
async function shot(name: string, options: { readonly top?: boolean; readonly height?: number } = {}): Promise<void> {
  if (options.top !== false) await page.evaluate(() => window.scrollTo(0, 0));
  const clip = options.height === undefined ? undefined : { x: 0, y: 0, width: page.viewportSize()!.width, height: options.height };
  await page.screenshot({ path: join(SHOTS, name), ...(clip ? { clip } : {}) });
}

async function download(name: string): Promise<{ file: string; suggested: string }> {
  const [event] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
  const file = join(scratch, event.suggestedFilename());
  await event.saveAs(file);
  return { file, suggested: event.suggestedFilename() };
}

/** Mismatches left on cells the engine derives: what a consistent, recalculated workbook has none of. */
function derivedMismatches(bytes: Uint8Array): string[] {
  const analysis = analyzeWorkbook(readXlsx(bytes), DEFAULT_SETTINGS);
  const derived = new Set(analysis.derived.map((d) => `${d.sheet}!${d.row}:${d.col}`));
  return analysis.warnings
    .filter((w) => w.code.endsWith('_MISMATCH'))
    .filter((w) => {
      const at = parseA1(w.cell);
      return at !== undefined && derived.has(`${w.sheet}!${at.row}:${at.col}`);
    })
    .map((w) => `${w.sheet}!${w.cell} ${w.code}`);
}

// The example's six deliberate mistakes (examples/README.md): four errors and two warnings; Hitung
// Ulang corrects the three in derived cells and the three in input cells remain.
const REMAINING = ['Tabel 3.5!D6 CROSS_TABLE_MISMATCH', 'Tabel 3.10!F14 CHILD_SUM_MISMATCH', 'Tabel 3.10!G22 OVER_BUDGET'];

function button(name: string) {
  return page.getByRole('button', { name, exact: true });
}

describe('standalone page', () => {
  test('opening the example shows its tables, the summary and the warnings', async () => {
    await page.locator('input[type=file]').setInputFiles(EXAMPLE);
    await page.getByText('4 Galat').waitFor();
    expect(await page.getByTestId('severity-counts').textContent()).toBe('4 Galat2 Peringatan0 Info');
    const tables = analyzeWorkbook(readXlsx(new Uint8Array(readFileSync(EXAMPLE))), DEFAULT_SETTINGS).tables;
    expect(await page.getByTestId('table-list').locator('li').count()).toBe(tables.length);
    expect(await page.getByTestId('opened-file').textContent()).toContain('contoh-lkjip-kecamatan.xlsx');
    expect(await page.getByTestId('rata-rata').textContent()).toContain('Rata-rata capaian 100,84% — Sangat Tinggi');
    expect(await page.getByTestId('warnings').locator('button[data-severity]').count()).toBe(6);
    expect(await button('Unduh hasil hitung ulang').isDisabled()).toBe(true);
    await shot('page-opened.png');
  });

  test('clicking a warning shows its cell in the table preview', async () => {
    await page.getByTestId('warnings').getByRole('button', { name: /I11 Predikat/ }).click();
    const focused = page.getByTestId('table-preview').locator('td[data-cell="I11"]');
    await focused.waitFor();
    expect(await focused.getAttribute('data-severity')).toBe('warning');
    expect(await focused.textContent()).toBe('Sangat Tinggi');
    await shot('page-warning-selected.png', { top: false });
  });

  test('Hitung Ulang corrects the derived cells; the download reads back consistent', async () => {
    await button('Hitung Ulang').click();
    await page.getByText(/Hitung Ulang selesai: \d+ sel ditulis/).waitFor();
    expect(await page.getByTestId('severity-counts').textContent()).toBe('2 Galat1 Peringatan0 Info');
    expect(await page.getByTestId('warnings').locator('button[data-severity]').count()).toBe(3);
    await shot('page-recalculated.png');
    const { file, suggested } = await download('Unduh hasil hitung ulang');
    expect(suggested).toBe('contoh-lkjip-kecamatan-hitung-ulang.xlsx');
    const bytes = new Uint8Array(readFileSync(file));
    expect(derivedMismatches(bytes)).toEqual([]);
    const workbook = readXlsx(bytes);
    expect(workbook.sheets.map((s) => s.name)).toContain(WARNINGS_SHEET);
    const after = analyzeWorkbook(workbook, DEFAULT_SETTINGS);
    expect(after.warnings.map((w) => `${w.sheet}!${w.cell} ${w.code}`).sort()).toEqual([...REMAINING].sort());
    const cell = (sheet: string, a1: string) => {
      const at = parseA1(a1)!;
      return workbook.sheets.find((s) => s.name === sheet)?.cells.value(at.row, at.col);
    };
    expect(cell('Tabel 3.1', 'I11')).toBe('Tinggi');
    expect(cell('Tabel 3.7', 'D8')).toBe(3_072_555_000);
  });

  test('Batalkan brings the original back: nothing left to download', async () => {
    await button('Batalkan').click();
    await page.getByText('Perubahan terakhir sudah dibatalkan.').waitFor();
    expect(await button('Unduh hasil hitung ulang').isDisabled()).toBe(true);
    await button('Periksa').click();
    await page.getByText('4 Galat').waitFor();
  });

  test('Buat E.81 adds the form, offered as its own download', async () => {
    await button('Buat E.81').click();
    await page.getByText(/Formulir E\.81 selesai/).waitFor();
    const { file, suggested } = await download('Unduh E.81');
    expect(suggested).toBe('contoh-lkjip-kecamatan-e81.xlsx');
    const workbook = readXlsx(new Uint8Array(readFileSync(file)));
    const e81 = workbook.sheets.find((s) => s.name === 'E.81');
    expect(e81).toBeDefined();
    expect(rowsOf(e81!).filter((row) => row?.some((c) => typeof c?.value === 'number')).length).toBeGreaterThan(3);
    await shot('page-e81.png');
  });

  test('a file that is not an .xlsx is refused in plain Indonesian, the open workbook stays', async () => {
    const fake = join(scratch, 'laporan.xlsx');
    writeFileSync(fake, 'No;Indikator;Target\n1;Cakupan;100\n');
    await page.locator('input[type=file]').setInputFiles(fake);
    const alert = page.getByRole('alert').filter({ hasText: 'Berkas tidak dapat dibaca' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Berkas tidak dapat dibaca: .+/);
    expect(await page.getByTestId('opened-file').textContent()).toContain('contoh-lkjip-kecamatan.xlsx');
    await shot('page-unreadable.png', { height: 420 });
  });

  test('nothing left the browser after the page loaded', () => {
    expect(everything.length).toBeGreaterThan(0);
    expect(everything.every((url) => url.startsWith(`${server.origin}/`) || url.startsWith(`blob:${server.origin}/`))).toBe(true);
    expect(afterLoad.filter((url) => !url.startsWith(`blob:${server.origin}/`))).toEqual([]);
    expect(server.requests.filter((p) => p.endsWith('.xlsx'))).toEqual([]);
  });
});
