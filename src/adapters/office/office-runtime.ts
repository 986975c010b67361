/// <reference types="office-js" />
import type { ExcelContext, ExcelRunner, HostCapabilities, RunOptions } from './excel-surface';

/**
 * The real Excel: `Excel.run` behind the adapter's `ExcelRunner`. Passing `Excel.RequestContext`
 * where `ExcelContext` is expected is the compile-time proof that the surface the adapter (and
 * its test double) uses is the real API's.
 */
export const officeRunner: ExcelRunner = <T>(options: RunOptions, batch: (context: ExcelContext) => Promise<T>): Promise<T> => {
  const run = (context: Excel.RequestContext): Promise<T> => batch(context);
  return options.mergeUndoGroup ? Excel.run({ mergeUndoGroup: true }, run) : Excel.run(run);
};

/** Requirement sets above the manifest's minimum, asked of the host at run time. */
export function officeCapabilities(): HostCapabilities {
  const supports = (version: string): boolean => Office.context.requirements.isSetSupported('ExcelApi', version);
  // An unknown platform is treated as the web, whose limits are the stricter.
  const desktop = Office.context.platform === Office.PlatformType.PC || Office.context.platform === Office.PlatformType.Mac;
  return { mergeUndoGroup: supports('1.20'), payloadLimited: !desktop };
}
