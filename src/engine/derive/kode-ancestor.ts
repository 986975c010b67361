/**
 * The nearest row whose kode is an ancestor of `parts`, trying the keys nearest first:
 * `2.16|2.16.01.2` → `2.16|2.16.01`, `2.16|2.16`, `2.16`, … (stops at the first found).
 * Each key is a prefix of the row's own key, cut at its last `.` or `|`: no parts rebuilt and
 * joined per step (a kode typed with a `|` of its own takes the part by part way).
 */
export function nearestAncestor<T>(parts: readonly string[], byKey: ReadonlyMap<string, T>, self: T): T | undefined {
  if (parts.some((p) => p.includes('|'))) return nearestAncestorByParts(parts, byKey, self);
  let key = parts.join('|');
  for (;;) {
    const cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('|'));
    if (cut < 0) return undefined;
    key = key.slice(0, cut);
    const found = byKey.get(key);
    if (found !== undefined && found !== self) return found;
  }
}

function nearestAncestorByParts<T>(parts: readonly string[], byKey: ReadonlyMap<string, T>, self: T): T | undefined {
  const current = [...parts];
  while (current.length > 0) {
    const last = current[current.length - 1]!;
    const cut = last.lastIndexOf('.');
    if (cut < 0) current.pop();
    else current[current.length - 1] = last.slice(0, cut);
    if (current.length === 0) return undefined;
    const found = byKey.get(current.join('|'));
    if (found !== undefined && found !== self) return found;
  }
  return undefined;
}
