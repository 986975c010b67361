import type { HostCapabilities } from '../../../../src/adapters/office/excel-surface';

/** Excel on the web with ExcelApi 1.20: 5 MB per request and per response. */
export const CURRENT_EXCEL: HostCapabilities = { mergeUndoGroup: true, payloadLimited: true };
/** Desktop Excel of Microsoft 365: ExcelApi 1.20, no payload limit. */
export const DESKTOP_EXCEL: HostCapabilities = { mergeUndoGroup: true, payloadLimited: false };
/** Office 2021-era Excel: the manifest's minimum and more, but no undo groups. */
export const EXCEL_1_14: HostCapabilities = { mergeUndoGroup: false, payloadLimited: false };
