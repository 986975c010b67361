import { xlsxMessage, type XlsxMessageKey } from './messages';
import { XlsxReadError } from './xlsx-read-error';

type Params = Readonly<Record<string, string | number>>;

/** A `corrupt` error whose message carries the detail `detailKey`. */
export function corruptError(detailKey: XlsxMessageKey, params: Params, part?: string): XlsxReadError {
  const detail = xlsxMessage(detailKey, params);
  return new XlsxReadError('corrupt', xlsxMessage('corrupt', { detail }), part);
}

export function missingPartError(part: string): XlsxReadError {
  return corruptError('detailMissingPart', { part }, part);
}

export function badZipError(reasonKey: XlsxMessageKey, params: Params = {}): XlsxReadError {
  return corruptError('detailBadZip', { reason: xlsxMessage(reasonKey, params) });
}

export function badXmlError(part: string, reasonKey: XlsxMessageKey, params: Params, offset: number): XlsxReadError {
  return corruptError('detailBadXml', { part, offset, reason: xlsxMessage(reasonKey, params) }, part);
}

export function badCellError(part: string, cell: string, reasonKey: XlsxMessageKey, params: Params): XlsxReadError {
  return corruptError('detailBadCell', { part, cell, reason: xlsxMessage(reasonKey, params) }, part);
}

export function zipBombError(detailKey: XlsxMessageKey, params: Params, part?: string): XlsxReadError {
  return new XlsxReadError('zip_bomb', xlsxMessage('zipBomb', { detail: xlsxMessage(detailKey, params) }), part);
}

/** Bytes as megabytes with one decimal, for messages. */
export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
