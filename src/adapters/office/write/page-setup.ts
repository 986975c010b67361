import type { ExcelContext } from '../excel-surface';

/**
 * Print settings are cosmetic and the part of the API most likely to be refused by one host or
 * another, so they go last, in a sync of their own: a refusal there leaves everything else
 * written and is only reported. Returns the sheets whose setup failed.
 */
export async function applyPageSetups(context: ExcelContext, setups: readonly { readonly sheet: string; readonly apply: () => void }[]): Promise<string[]> {
  if (setups.length === 0) return [];
  for (const s of setups) s.apply();
  try {
    await context.sync();
    return [];
  } catch {
    return setups.map((s) => s.sheet);
  }
}
