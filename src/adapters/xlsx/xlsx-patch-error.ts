export type XlsxPatchErrorCode = 'unknown_sheet' | 'merged_cell' | 'array_formula' | 'invalid_plan';

/** A write plan that cannot be applied to the workbook; nothing is written. */
export class XlsxPatchError extends Error {
  override readonly name = 'XlsxPatchError';

  constructor(
    readonly code: XlsxPatchErrorCode,
    message: string,
  ) {
    super(message);
  }
}
