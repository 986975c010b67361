export type OfficeAdapterErrorKind = 'tooLargeForExcel' | 'undoStale' | 'undoSheetGone' | 'settingsBroken';

/** A failure the user can act on; the message is Indonesian (from `officeText`). */
export class OfficeAdapterError extends Error {
  constructor(
    readonly kind: OfficeAdapterErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'OfficeAdapterError';
  }
}
