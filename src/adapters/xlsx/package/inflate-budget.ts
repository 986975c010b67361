import { megabytes, zipBombError } from '../read-errors';
import { RATIO_CHECK_MIN_BYTES, type ReadLimits } from '../read-limits';
import type { ZipEntry } from '../zip/zip-entry';

/**
 * How much may still be inflated, judged on the sizes the zip directory declares, before
 * anything is inflated. (The inflater refuses a part that inflates to more than it declares.)
 */
export class InflateBudget {
  private total = 0;
  private readonly counted = new Set<ZipEntry>();

  constructor(private readonly limits: ReadLimits) {}

  /** Counts `parts` (entries with their part names) against the limits; throws `zip_bomb` when over. */
  reserve(parts: readonly (readonly [string, ZipEntry])[]): void {
    let total = this.total;
    const fresh = new Set<ZipEntry>();
    for (const [part, entry] of parts) {
      if (this.counted.has(entry) || fresh.has(entry)) continue;
      this.checkPart(part, entry);
      total += entry.uncompressedSize;
      fresh.add(entry);
    }
    if (total > this.limits.maxInflatedBytes) {
      throw zipBombError('detailTotalTooLarge', { size: megabytes(total), limit: megabytes(this.limits.maxInflatedBytes) });
    }
    this.total = total;
    for (const entry of fresh) this.counted.add(entry);
  }

  private checkPart(part: string, entry: ZipEntry): void {
    const size = entry.uncompressedSize;
    if (size > this.limits.maxInflatedBytes) {
      throw zipBombError('detailPartTooLarge', { part, size: megabytes(size), limit: megabytes(this.limits.maxInflatedBytes) }, part);
    }
    const ratio = size / Math.max(1, entry.compressedSize);
    if (size >= RATIO_CHECK_MIN_BYTES && ratio > this.limits.maxCompressionRatio) {
      throw zipBombError('detailRatio', { part, ratio: Math.round(ratio), limit: this.limits.maxCompressionRatio }, part);
    }
  }
}
