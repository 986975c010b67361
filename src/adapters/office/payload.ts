/**
 * Excel on the web refuses a request or a response over 5 MB (SPEC §11). Every batch this
 * adapter sends is kept under a budget below that, measured as the JSON the batch carries.
 */
export const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface PayloadBudget {
  /** Estimated JSON bytes queued before a `sync` is forced. */
  readonly requestBytes: number;
  /** Estimated JSON bytes loaded per `sync`; Excel's refusal of a larger response still splits it. */
  readonly responseBytes: number;
  /** Rows per read block (SPEC §11: 5,000–20,000, the same column count per block). */
  readonly blockRows: number;
}

/** Excel on the web, and any host not known to be desktop Excel. */
export const DEFAULT_BUDGET: PayloadBudget = {
  requestBytes: 4 * 1024 * 1024,
  responseBytes: 4 * 1024 * 1024,
  blockRows: 10_000,
};

/**
 * Desktop Excel has no payload limit: a whole workbook is read, and a whole plan written, in one
 * sync each. The budget still bounds a sync to about 1.6 million cells read (Excel returns nothing
 * useful past 5 million), and blocks stay at 10,000 rows so that a refusal can still be split.
 */
export const DESKTOP_BUDGET: PayloadBudget = {
  requestBytes: 64 * 1024 * 1024,
  responseBytes: 64 * 1024 * 1024,
  blockRows: 10_000,
};

export function budgetFor(capabilities: { readonly payloadLimited: boolean }): PayloadBudget {
  return capabilities.payloadLimited ? DEFAULT_BUDGET : DESKTOP_BUDGET;
}

/** What one queued action costs besides its arguments (ids, action type, object path). */
export const ACTION_OVERHEAD_BYTES = 160;

/** JSON size of a value as the request will carry it (UTF-8 bytes, an upper bound for ASCII). */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  if (json === undefined) return 4;
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7f) bytes += 2;
  return bytes;
}

/** Excel's answer when a request or a response is over the size limit. */
export function isPayloadLimitError(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}
