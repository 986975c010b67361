import { join } from 'path';
import type { Page } from 'playwright-core';
import { launchChromium, type Browser } from './chromium';
import { serveStatic, type StaticServer } from './static-server';
import { webBuild } from './web-build';

const SHOTS = join(__dirname, 'screenshots');
const FIXTURES = join(__dirname, '..', 'fixtures', 'xlsx');
/** The width Excel gives a task pane by default. */
const PANE = { width: 350, height: 900 };

let server: StaticServer;
let browser: Browser;
const everything: string[] = [];

beforeAll(async () => {
  const dir = await webBuild();
  server = await serveStatic({ '/': dir, '/fixtures': FIXTURES });
  browser = await launchChromium(PANE);
  browser.context.on('request', (request) => everything.push(request.url()));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The pane as Excel would show it, over the in-memory host loaded with a workbook. */
async function openPane(workbook?: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/taskpane-preview.html${workbook ? `?workbook=${encodeURIComponent(workbook)}` : ''}`);
  await page.getByRole('button', { name: 'Hitung Ulang', exact: true }).waitFor();
  return page;
}

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: join(SHOTS, name), fullPage });
}

describe('task pane on a fake host (the example workbook)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPane();
  });
  afterAll(async () => page.close());

  test('before any action: title, the actions, and what to do first', async () => {
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('LKjIP Bab III');
    expect(await page.getByText('Kecamatan Wonorejo · Tahun 2024').count()).toBe(1);
    expect(await page.getByText(/Klik Periksa untuk memeriksa/).count()).toBe(1);
    // Nothing of the pane is cut off at the default pane width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);
    await shot(page, 'pane-start.png');
  });

  test('Periksa: counts, rata-rata with predikat, findings by sheet', async () => {
    await page.getByRole('button', { name: 'Periksa', exact: true }).click();
    await page.getByText('Pemeriksaan selesai: 6 temuan.').waitFor();
    expect(await page.getByTestId('severity-counts').textContent()).toBe('4 Galat2 Peringatan0 Info');
    expect(await page.getByTestId('rata-rata').textContent()).toContain('Rata-rata capaian 100,84% — Sangat Tinggi');
    expect(await page.getByTestId('warnings').locator('button[data-severity]').count()).toBe(6);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);
    await shot(page, 'pane-checked.png', true);
  });

  test('the filter narrows the list to one severity', async () => {
    await page.getByRole('tab', { name: /^Peringatan 2/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=warnings] button[data-severity]').length === 2);
    expect(await page.getByTestId('warnings').locator('button[data-severity="warning"]').count()).toBe(2);
    await page.getByRole('tab', { name: /^Semua 6/ }).click();
  });

  test('Hitung Ulang: what was corrected and what is left to fix by hand', async () => {
    await page.getByRole('button', { name: 'Hitung Ulang', exact: true }).click();
    await page.getByText(/Hitung Ulang selesai/).waitFor();
    expect(await page.getByTestId('severity-counts').textContent()).toBe('2 Galat1 Peringatan0 Info');
    expect(await page.getByRole('button', { name: 'Batalkan' }).isEnabled()).toBe(true);
    await shot(page, 'pane-recalculated.png', true);
  });

  test('Pengaturan lists every setting', async () => {
    await page.getByRole('button', { name: 'Pengaturan' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    for (const label of ['Tahun laporan', 'Nama instansi', 'Skala predikat', 'Batas atas capaian', 'Capaian di bawah 0% dihitung 0%', 'Rumus capaian indikator negatif', 'Polaritas per indikator', 'Toleransi selisih', 'Yang ditulis Hitung Ulang', 'Bahasa tampilan']) {
      expect(await drawer.getByText(label, { exact: false }).count()).toBeGreaterThan(0);
    }
    expect(await drawer.getByRole('textbox', { name: /Nama instansi/ }).inputValue()).toBe('Kecamatan Wonorejo');
    await shot(page, 'pane-settings.png');
    await drawer.getByRole('textbox', { name: /Toleransi/ }).fill('abc');
    await drawer.getByRole('button', { name: 'Simpan' }).click();
    await drawer.getByTestId('settings-errors').waitFor();
    expect(await drawer.getByTestId('settings-errors').textContent()).toContain("'toleransi' harus angka antara 0 dan 100");
    await shot(page, 'pane-settings-invalid.png');
    await drawer.getByRole('button', { name: 'Batal' }).click();
  });
});

describe('task pane with many findings (Mojoagung 2024)', () => {
  test('the long list stays readable: grouped by sheet, errors first', async () => {
    const page = await openPane('/fixtures/mojoagung-2024.xlsx');
    await page.getByRole('button', { name: 'Periksa', exact: true }).click();
    await page.getByText(/Pemeriksaan selesai: \d+ temuan\./).waitFor();
    const groups = await page.getByTestId('warnings').locator('.fui-AccordionHeader').count();
    expect(groups).toBeGreaterThan(5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);
    await shot(page, 'pane-many-findings.png');
    await page.close();
  });
});

test('the pane asked for nothing outside its own origin', () => {
  expect(everything.length).toBeGreaterThan(0);
  expect(everything.filter((url) => !url.startsWith(`${server.origin}/`))).toEqual([]);
});
