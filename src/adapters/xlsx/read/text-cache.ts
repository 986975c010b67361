import { detachString } from '../xml/detach-string';

/** Past this many distinct texts a sheet's texts are mostly unique: caching them would only cost. */
const MAX_CACHED_TEXTS = 65536;

/**
 * One string per distinct inline text of a sheet. A text read from the part is a view into the
 * whole part's text until detached; sheets repeat their texts (a SIPD export of 6,201 text cells
 * holds 669 distinct ones, `0,00` alone 3,141 times), so each is detached once.
 */
export class TextCache {
  private readonly texts = new Map<string, string>();

  /** `value` as a string of its own, the same one for the same text. */
  detached(value: string): string {
    const known = this.texts.get(value);
    if (known !== undefined) return known;
    const detached = detachString(value);
    if (this.texts.size < MAX_CACHED_TEXTS) this.texts.set(detached, detached);
    return detached;
  }
}
