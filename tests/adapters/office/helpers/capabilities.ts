import type { HostCapabilities } from '../../../../src/adapters/office/excel-surface';

/** Excel with ExcelApi 1.20 (Microsoft 365, the web). */
export const CURRENT_EXCEL: HostCapabilities = { mergeUndoGroup: true };
/** Office 2021-era Excel: the manifest's minimum and more, but no undo groups. */
export const EXCEL_1_14: HostCapabilities = { mergeUndoGroup: false };
