/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { analyzeWorkbook } from '../../src/engine/pipeline';
import { DEFAULT_SETTINGS } from '../../src/engine/settings/types';
import { TaskPane } from '../../src/taskpane/components/TaskPane';
import { fixtureWorkbook } from '../fixtures/fixture-workbook';
import { mojoagung2024 } from '../fixtures/seeds/mojoagung-2024';
import { standar } from '../fixtures/seeds/standar';
import { FakeHost } from './fake-host';
import { useFastStyles } from './fast-styles';

useFastStyles();

const mojoagung = analyzeWorkbook(fixtureWorkbook(mojoagung2024), DEFAULT_SETTINGS);
const count = (severity: string): number => mojoagung.warnings.filter((w) => w.severity === severity).length;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isDisabled(element: HTMLElement): boolean {
  return (element as HTMLButtonElement).disabled || element.getAttribute('aria-disabled') === 'true';
}

async function renderPane(host: FakeHost): Promise<void> {
  render(<TaskPane host={host} />);
  await waitFor(() => expect(host.callsOf('loadSettings')).toHaveLength(1));
  await waitFor(() => expect(isDisabled(screen.getByRole('button', { name: /Hitung Ulang/ }))).toBe(false));
}

async function clickAndWait(name: RegExp): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name }));
  await waitFor(() => expect(screen.queryByTestId('progress')).toBeNull());
}

function findingsSection(): HTMLElement {
  return screen.getByTestId('warnings');
}

describe('task pane', () => {
  test('before any action it says what the two main buttons do, in Indonesian', async () => {
    await renderPane(new FakeHost(mojoagung2024));
    expect(screen.getByRole('heading', { name: 'LKjIP Bab III' })).toBeTruthy();
    expect(screen.getByText(/Klik Periksa untuk memeriksa/)).toBeTruthy();
    for (const label of ['Hitung Ulang', 'Periksa', 'Buat E.81', 'Batalkan', 'Sisipkan template', 'Pengaturan']) {
      expect(screen.getByRole('button', { name: new RegExp(label) })).toBeTruthy();
    }
    expect(isDisabled(screen.getByRole('button', { name: /Batalkan/ }))).toBe(true);
  });

  test('Periksa shows the counts by severity, the rata-rata capaian with its predikat, and the findings grouped by sheet', async () => {
    const host = new FakeHost(mojoagung2024);
    await renderPane(host);
    await clickAndWait(/Periksa/);
    expect(host.callsOf('check')).toHaveLength(1);
    const counts = screen.getByTestId('severity-counts');
    expect(within(counts).getByText(`${count('error')} Galat`)).toBeTruthy();
    expect(within(counts).getByText(`${count('warning')} Peringatan`)).toBeTruthy();
    expect(within(counts).getByText(`${count('info')} Info`)).toBeTruthy();
    // Mojoagung's Tabel 3.1 averages 97,69 % (the seed prints it): Sangat Tinggi on the Permendagri 86 scale.
    expect(screen.getByTestId('rata-rata').textContent).toContain('Rata-rata capaian 97,69% — Sangat Tinggi');
    expect(screen.getByText(`${mojoagung.tables.length} tabel dikenali`)).toBeTruthy();
    expect(screen.getByText(`Pemeriksaan selesai: ${mojoagung.warnings.length} temuan.`)).toBeTruthy();
    const sheets = [...new Set(mojoagung.warnings.map((w) => w.sheet))];
    for (const sheet of sheets) expect(within(findingsSection()).getByRole('button', { name: new RegExp(`^${escapeRegExp(sheet)}(?!\\d)`) })).toBeTruthy();
  });

  test('the severity filter shows only the chosen level', async () => {
    await renderPane(new FakeHost(mojoagung2024));
    await clickAndWait(/Periksa/);
    const section = findingsSection();
    fireEvent.click(within(section).getByRole('tab', { name: new RegExp(`^Info ${count('info')}`) }));
    // Few findings at this level: every sheet group is open, so each finding is a button.
    await waitFor(() => expect(section.querySelectorAll('button[data-severity]').length).toBe(count('info')));
    expect(Array.from(section.querySelectorAll('button[data-severity]')).every((b) => b.getAttribute('data-severity') === 'info')).toBe(true);
    fireEvent.click(within(section).getByRole('tab', { name: new RegExp(`^Semua ${mojoagung.warnings.length}`) }));
    const sheets = new Set(mojoagung.warnings.map((w) => w.sheet)).size;
    await waitFor(() => expect(section.querySelectorAll('.fui-AccordionHeader').length).toBe(sheets));
    // Too many findings to open every sheet: the first sheet with an error starts open.
    expect(section.querySelectorAll('button[data-severity="error"]').length).toBeGreaterThan(0);
  });

  test('clicking a finding calls showCell with its sheet and cell', async () => {
    const host = new FakeHost(standar);
    await renderPane(host);
    await clickAndWait(/Periksa/);
    const item = screen.getByRole('button', { name: /^Peringatan I7 Predikat/ });
    fireEvent.click(item);
    await waitFor(() => expect(host.shown).toEqual([{ sheet: 'Tabel 3.1', cell: 'I7' }]));
  });

  test('a host that fails is told in plain Indonesian, and the error can be dismissed', async () => {
    const host = new FakeHost(mojoagung2024);
    host.failWith('recalc', new Error('Lembar "Tabel 3.1" dikunci. Buka proteksi lembar lalu coba lagi.'));
    await renderPane(host);
    await clickAndWait(/Hitung Ulang/);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Hitung Ulang gagal: Lembar "Tabel 3.1" dikunci.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Tutup pesan' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  test('a defect inside the host becomes one calm sentence, the raw text kept as detail', async () => {
    const host = new FakeHost(mojoagung2024);
    host.failWith('check', new TypeError("Cannot read properties of undefined (reading 'rows')"));
    await renderPane(host);
    await clickAndWait(/Periksa/);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Periksa gagal: terjadi kesalahan yang tidak terduga.');
    expect(alert.textContent).toContain("TypeError: Cannot read properties of undefined (reading 'rows')");
  });

  test('settings that fail validation are shown and not saved', async () => {
    const host = new FakeHost(mojoagung2024);
    await renderPane(host);
    fireEvent.click(screen.getByRole('button', { name: /Pengaturan/ }));
    const tahun = await screen.findByRole('textbox', { name: /Tahun laporan/ });
    fireEvent.change(tahun, { target: { value: '20x4' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Toleransi/ }), { target: { value: '250' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    const alert = await screen.findByTestId('settings-errors');
    expect(alert.textContent).toContain('Pengaturan belum dapat disimpan');
    expect(alert.textContent).toContain("'tahun' harus bilangan bulat antara 1900 dan 2100");
    expect(alert.textContent).toContain("'toleransi' harus angka antara 0 dan 100");
    expect(host.callsOf('saveSettings')).toHaveLength(0);
  });

  test('valid settings are saved through the host, and a custom scale is validated band by band', async () => {
    const host = new FakeHost(mojoagung2024);
    await renderPane(host);
    fireEvent.click(screen.getByRole('button', { name: /Pengaturan/ }));
    fireEvent.change(await screen.findByRole('textbox', { name: /Tahun laporan/ }), { target: { value: '2024' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Skala predikat' }), { target: { value: 'custom' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Batas bawah 2' }), { target: { value: '95' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect((await screen.findByTestId('settings-errors')).textContent).toContain('batas bawah 95 harus lebih kecil dari batas di atasnya (90)');
    fireEvent.change(screen.getByRole('textbox', { name: 'Batas bawah 2' }), { target: { value: '75,5' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Batas atas capaian' }), { target: { value: '110' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(host.callsOf('saveSettings')).toHaveLength(1));
    const saved = host.callsOf('saveSettings')[0]![0] as typeof DEFAULT_SETTINGS;
    expect(saved.tahun).toBe(2024);
    expect(saved.batasCapaian).toBe(110);
    expect(saved.skalaPredikat).toBe('custom');
    expect(saved.skalaKustom?.[1]).toEqual({ lowerBound: 75.5, comparator: '>', label: 'Tinggi' });
    await screen.findByText('Pengaturan disimpan di dalam buku kerja.');
  });

  test('progress with the host message shows while the host works, and the buttons wait', async () => {
    const host = new FakeHost(mojoagung2024);
    host.hold('recalc');
    await renderPane(host);
    fireEvent.click(screen.getByRole('button', { name: /Hitung Ulang/ }));
    const progress = await screen.findByTestId('progress');
    expect(progress.textContent).toContain('Sedang recalc…');
    expect(within(progress).getByRole('progressbar')).toBeTruthy();
    expect(isDisabled(screen.getByRole('button', { name: /Periksa/ }))).toBe(true);
    act(() => host.release('recalc'));
    await waitFor(() => expect(screen.queryByTestId('progress')).toBeNull());
    expect(screen.getByText(/Hitung Ulang selesai: \d+ sel ditulis; lembar Peringatan LKjIP diperbarui\./)).toBeTruthy();
    expect(isDisabled(screen.getByRole('button', { name: /Batalkan/ }))).toBe(false);
  });

  test('Batalkan after Hitung Ulang undoes and forgets the stale result', async () => {
    const host = new FakeHost(mojoagung2024);
    await renderPane(host);
    await clickAndWait(/Hitung Ulang/);
    expect(screen.getByTestId('severity-counts')).toBeTruthy();
    await clickAndWait(/Batalkan/);
    expect(host.callsOf('undo')).toHaveLength(1);
    expect(screen.getByText('Perubahan terakhir sudah dibatalkan.')).toBeTruthy();
    expect(screen.queryByTestId('severity-counts')).toBeNull();
    expect(isDisabled(screen.getByRole('button', { name: /Batalkan/ }))).toBe(true);
  });

  test('Buat E.81 lists what it could not find', async () => {
    const host = new FakeHost(mojoagung2024);
    await renderPane(host);
    await clickAndWait(/Buat E\.81/);
    expect(screen.getByText(/^Formulir E\.81 selesai: lembar E\.81 ditulis\. Data berikut tidak ditemukan/)).toBeTruthy();
    expect(screen.getByText('target akhir Renstra (kolom 6)')).toBeTruthy();
  });

  test('choosing English switches the pane texts', async () => {
    const host = new FakeHost(mojoagung2024);
    await renderPane(host);
    fireEvent.click(screen.getByRole('button', { name: /Pengaturan/ }));
    fireEvent.change(await screen.findByRole('combobox', { name: 'Bahasa tampilan' }), { target: { value: 'en' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await screen.findByRole('button', { name: /Recalculate/ });
    expect(screen.getByRole('button', { name: /^Check/ })).toBeTruthy();
  });
});
