import type { Warning } from '../../src/engine/check/codes';
import { analyzeWorkbook } from '../../src/engine/pipeline';
import { DEFAULT_SETTINGS } from '../../src/engine/settings/types';
import { describeError } from '../../src/taskpane/state/describe-error';
import { INITIAL_PANE_STATE, paneReducer } from '../../src/taskpane/state/pane-state';
import { uiMessages } from '../../src/engine/i18n/ui-messages';
import { mainRataRata } from '../../src/taskpane/summary/main-rata-rata';
import { summarizeAnalysis } from '../../src/taskpane/summary/summarize-analysis';
import { filterBySeverity, groupBySheet } from '../../src/taskpane/warnings/group-warnings';
import { fixtureWorkbook } from '../fixtures/fixture-workbook';
import { mojoagung2024 } from '../fixtures/seeds/mojoagung-2024';

const analysis = analyzeWorkbook(fixtureWorkbook(mojoagung2024), DEFAULT_SETTINGS);

const warning = (sheet: string, cell: string, severity: Warning['severity']): Warning => ({
  code: severity === 'error' ? 'TOTAL_MISMATCH' : severity === 'warning' ? 'OVER_BUDGET' : 'MISSING_VALUE',
  severity,
  sheet,
  cell,
  message: `${sheet}!${cell}`,
});

describe('summary', () => {
  test('the rata-rata capaian is the main capaian table footer, rated on the scale in force', () => {
    // The Mojoagung seed prints 97,69 for Tabel 3.1.
    const main = mainRataRata(analysis, DEFAULT_SETTINGS)!;
    expect(main.sheet).toBe('Tabel 3.1');
    expect(main.value).toBeCloseTo(97.69, 2);
    expect(main.predikat).toBe('Sangat Tinggi');
    expect(mainRataRata(analysis, { ...DEFAULT_SETTINGS, skalaPredikat: 'lkjip-5' })!.predikat).toBe('Baik');
  });

  test('without a footer the engine computes the mean of the table capaian', () => {
    const main = mainRataRata(analysis, DEFAULT_SETTINGS)!;
    const footerless = { ...analysis, derived: analysis.derived.filter((d) => d.kind !== 'rata_rata') };
    const computed = mainRataRata(footerless, DEFAULT_SETTINGS)!;
    expect(computed.cell).toBeUndefined();
    expect(computed.value).toBeCloseTo(main.value, 9);
  });

  test('no capaian table, no rata-rata', () => {
    expect(mainRataRata({ ...analysis, tables: analysis.tables.filter((t) => t.kind !== 'capaian') }, DEFAULT_SETTINGS)).toBeUndefined();
  });

  test('counts by severity and by kind add up to the analysis', () => {
    const summary = summarizeAnalysis(analysis, DEFAULT_SETTINGS);
    expect(summary.counts.error + summary.counts.warning + summary.counts.info).toBe(analysis.warnings.length);
    expect(summary.kinds.reduce((n, k) => n + k.count, 0)).toBe(analysis.tables.length);
  });
});

describe('warnings list', () => {
  const warnings = [warning('B', 'A6', 'info'), warning('A', 'C2', 'warning'), warning('B', 'I5', 'error'), warning('Z', 'A1', 'error'), warning('A', 'B10', 'error')];

  test('grouped by sheet in workbook order, most severe first, then row by row', () => {
    const groups = groupBySheet(warnings, ['A', 'B']);
    expect(groups.map((g) => g.sheet)).toEqual(['A', 'B', 'Z']);
    expect(groups[0]!.warnings.map((w) => w.cell)).toEqual(['B10', 'C2']);
    expect(groups[1]!.warnings.map((w) => w.cell)).toEqual(['I5', 'A6']);
  });

  test('the filter keeps one severity', () => {
    expect(filterBySeverity(warnings, 'error').map((w) => w.cell)).toEqual(['I5', 'A1', 'B10']);
    expect(filterBySeverity(warnings, 'all')).toHaveLength(5);
  });
});

describe('pane state', () => {
  test('a new action clears the last outcome; finishing clears the progress', () => {
    let state = paneReducer(INITIAL_PANE_STATE, { type: 'notice', notice: { intent: 'success', text: 'x' } });
    state = paneReducer(state, { type: 'start', action: 'check' });
    expect(state.notice).toBeUndefined();
    state = paneReducer(state, { type: 'progress', progress: { message: 'Membaca…', fraction: 0.5 } });
    expect(state.busy).toEqual({ action: 'check', progress: { message: 'Membaca…', fraction: 0.5 } });
    state = paneReducer(state, { type: 'finished', canUndo: true });
    expect(state.busy).toBeUndefined();
    expect(state.canUndo).toBe(true);
  });

  test('failures in plain words: the host message as it is, a defect as one calm sentence', () => {
    const id = uiMessages('id');
    expect(describeError(new Error('Lembar dikunci.'), 'recalc', id)).toEqual({ text: 'Hitung Ulang gagal: Lembar dikunci.' });
    expect(describeError(new Error('File rusak.'), 'openFile', id).text).toBe('Berkas tidak dapat dibaca: File rusak.');
    const defect = describeError(new TypeError('x is undefined'), 'check', id);
    expect(defect.text).toMatch(/^Periksa gagal: terjadi kesalahan yang tidak terduga\./);
    expect(defect.technical).toBe('TypeError: x is undefined');
    expect(describeError('boom', 'undo', id).technical).toBe('boom');
  });
});
