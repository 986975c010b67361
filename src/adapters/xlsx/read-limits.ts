export interface ReadLimits {
  /** Largest .xlsx file accepted, in bytes. */
  readonly maxFileBytes: number;
  /** Largest total of the unzipped parts that are read (and of any one part), in bytes. */
  readonly maxInflatedBytes: number;
  /** Largest unzipped : zipped ratio accepted for a large part. */
  readonly maxCompressionRatio: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxInflatedBytes: 500 * 1024 * 1024,
  maxCompressionRatio: 200,
};

/** Parts smaller than this are not judged by their compression ratio: tiny parts compress wildly. */
export const RATIO_CHECK_MIN_BYTES = 1024 * 1024;

export function resolveReadLimits(limits?: Partial<ReadLimits>): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...limits };
}
