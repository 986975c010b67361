/**
 * The nearest row whose kode is an ancestor of `ownKey` (the kode parts joined by `|`), trying
 * the keys nearest first:
 * `2.16|2.16.01.2` → `2.16|2.16.01`, `2.16|2.16`, `2.16|2`, `2.16`, `2` (stops at the first found).
 * Each key is a prefix of the row's own key, cut at its last `.` or `|`: no parts rebuilt and
 * joined per step. (A `|` typed inside a kode cell cuts there too, as between kode columns.)
 */
export function nearestAncestor<T>(ownKey: string, byKey: ReadonlyMap<string, T>, self: T): T | undefined {
  let key = ownKey;
  for (;;) {
    const cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('|'));
    if (cut < 0) return undefined;
    key = key.slice(0, cut);
    const found = byKey.get(key);
    if (found !== undefined && found !== self) return found;
  }
}
