import type { Warning } from '../engine/check/codes';
import type { Analysis } from '../engine/pipeline';
import type { Settings } from '../engine/settings/types';

/** Progress of a long action, for the pane's progress bar. */
export interface Progress {
  /** Indonesian, e.g. "Membaca lembar Tabel 3.10…". */
  readonly message: string;
  /** 0..1, or undefined when unknown. */
  readonly fraction?: number;
}

export type ProgressListener = (progress: Progress) => void;

/** What Hitung Ulang / Buat E.81 / Sisipkan template changed, for the summary line. */
export interface WriteOutcome {
  readonly analysis: Analysis;
  readonly cellsWritten: number;
  readonly sheetsWritten: readonly string[];
  /** Buat E.81: the sources that were not found, so their columns stay empty (SPEC §6), in Indonesian. */
  readonly missing?: readonly string[];
}

/**
 * Where the workbook lives: Excel through Office.js (the task pane) or an .xlsx file held in the
 * browser (the standalone page). The React UI talks only to this interface.
 */
export interface LkjipHost {
  /** Periksa: read everything, change nothing. */
  check(settings: Settings, onProgress?: ProgressListener): Promise<Analysis>;
  /** Hitung Ulang: write every derived cell, highlights and the `Peringatan LKjIP` sheet. */
  recalc(settings: Settings, onProgress?: ProgressListener): Promise<WriteOutcome>;
  /** Batalkan: restore exactly what the last write changed. False when there is nothing to undo. */
  undo(onProgress?: ProgressListener): Promise<boolean>;
  canUndo(): boolean;
  /** Buat E.81: add or regenerate the E.81 sheet. */
  buildE81(settings: Settings, onProgress?: ProgressListener): Promise<WriteOutcome>;
  /** Sisipkan template: the standard Tabel 3.1–3.13 sheets. */
  insertTemplate(onProgress?: ProgressListener): Promise<WriteOutcome>;
  /** Select the warning's cell in the workbook (Excel) or scroll to it (page). */
  showCell(warning: Pick<Warning, 'sheet' | 'cell'>): Promise<void>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
}
