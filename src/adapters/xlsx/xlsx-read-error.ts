export type XlsxReadErrorCode =
  | 'not_zip'
  | 'xls'
  | 'encrypted'
  | 'macro_enabled'
  | 'too_large'
  | 'zip_bomb'
  | 'corrupt';

/** A file that cannot be read as a workbook; `message` is Indonesian and meant for staff. */
export class XlsxReadError extends Error {
  override readonly name = 'XlsxReadError';

  constructor(
    readonly code: XlsxReadErrorCode,
    message: string,
    /** The package part at fault, e.g. `xl/worksheets/sheet2.xml`. */
    readonly part?: string,
  ) {
    super(message);
  }
}
