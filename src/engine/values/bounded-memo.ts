/**
 * The results of a pure function of a string, each computed once. A workbook repeats a few
 * dozen formats and a few hundred value texts (`100%`, `12 dokumen`, `-`) over hundreds of
 * thousands of cells. Bounded so that a hostile file with a million distinct strings stays small:
 * when full, the memo starts again empty.
 */
export class BoundedMemo<T> {
  private readonly known = new Map<string, T>();

  constructor(
    /** A module-level function, so that no closure is made per call. */
    private readonly read: (key: string) => T,
    private readonly limit = 4096,
  ) {}

  get(key: string): T {
    const known = this.known.get(key);
    if (known !== undefined) return known;
    const value = this.read(key);
    if (this.known.size >= this.limit) this.known.clear();
    this.known.set(key, value);
    return value;
  }
}
