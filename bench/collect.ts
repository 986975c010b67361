import { rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ChildFailed, runChild } from './child';
import type { OfficeRun, ReadRun, StagesRun } from './stage-types';

/** One workbook under test: a synthetic size or a real file. */
export interface Subject {
  readonly label: string;
  readonly file: string;
  /** Sub kegiatan per table, for the synthetic ones. */
  readonly subKegiatan?: number;
}

type Kind = 'stages' | 'read' | 'exceljs' | 'recalc';

/** Every run of every child for one subject; a kind that failed or timed out once is not run again. */
export class SubjectRuns {
  readonly stages: StagesRun[] = [];
  /** Our reader alone, measured exactly as ExcelJS's read is (same child shape, same sampler). */
  readonly read: ReadRun[] = [];
  readonly exceljs: ReadRun[] = [];
  readonly recalc: ReadRun[] = [];
  office: OfficeRun | undefined;
  readonly failures: string[] = [];
  private readonly givenUp = new Set<Kind | 'office'>();

  constructor(readonly subject: Subject) {}

  async runOnce(timeoutSeconds: number): Promise<void> {
    await this.attempt('stages', () => runChild<StagesRun>('stages-child', [this.subject.file], timeoutSeconds), this.stages);
    // A recalc does the stages' work again: when they could not finish, neither will it.
    if (this.givenUp.has('stages')) this.givenUp.add('recalc');
    await this.attempt('read', () => runChild<ReadRun>('xlsx-read-child', [this.subject.file], timeoutSeconds), this.read);
    await this.attempt('exceljs', () => runChild<ReadRun>('exceljs-read-child', [this.subject.file], timeoutSeconds), this.exceljs);
    const out = join(tmpdir(), `lkjip-bench-${process.pid}.xlsx`);
    try {
      await this.attempt('recalc', () => runChild<ReadRun>('recalc-child', [this.subject.file, out], timeoutSeconds), this.recalc);
    } finally {
      rmSync(out, { force: true });
    }
  }

  async runOffice(timeoutSeconds: number): Promise<void> {
    if (this.givenUp.has('office')) return;
    if (this.givenUp.has('stages')) {
      this.failures.push('office: dilewati, tahap mesin tidak selesai dalam batas waktu');
      return;
    }
    try {
      this.office = await runChild<OfficeRun>('office-child', [this.subject.file], timeoutSeconds);
    } catch (err) {
      this.givenUp.add('office');
      this.failures.push(`office: ${(err as Error).message}`);
    }
  }

  private async attempt<T>(kind: Kind, run: () => Promise<T>, into: T[]): Promise<void> {
    if (this.givenUp.has(kind)) return;
    try {
      into.push(await run());
    } catch (err) {
      if (!(err instanceof ChildFailed)) throw err;
      this.givenUp.add(kind);
      this.failures.push(err.message);
    }
  }
}
