import type { Severity } from '../../engine/check/codes';
import type { Analysis } from '../../engine/pipeline';
import type { TableKind } from '../../engine/recognize/types';
import type { Settings } from '../../engine/settings/types';
import { mainRataRata, type MainRataRata } from './main-rata-rata';

export interface KindCount {
  readonly kind: TableKind;
  readonly count: number;
}

/** What the summary card shows. */
export interface AnalysisSummary {
  readonly year: number | undefined;
  readonly tableCount: number;
  /** In the order the kinds first appear in the workbook. */
  readonly kinds: readonly KindCount[];
  readonly counts: Readonly<Record<Severity, number>>;
  readonly rataRata?: MainRataRata;
}

export function countBySeverity(analysis: Pick<Analysis, 'warnings'>): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const w of analysis.warnings) counts[w.severity] += 1;
  return counts;
}

export function summarizeAnalysis(analysis: Analysis, settings: Settings): AnalysisSummary {
  const kinds = new Map<TableKind, number>();
  for (const t of analysis.tables) kinds.set(t.kind, (kinds.get(t.kind) ?? 0) + 1);
  const rataRata = mainRataRata(analysis, settings);
  return {
    year: analysis.year,
    tableCount: analysis.tables.length,
    kinds: [...kinds].map(([kind, count]) => ({ kind, count })),
    counts: countBySeverity(analysis),
    ...(rataRata ? { rataRata } : {}),
  };
}
