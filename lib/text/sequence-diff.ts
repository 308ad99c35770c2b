/**
 * The shortest edit script between two sequences (Myers, "An O(ND) Difference
 * Algorithm", 1986): what to keep, delete and insert to turn `before` into `after`.
 * Common leading and trailing runs are cut first, so an edit in a long text costs
 * time and memory in proportion to the edit, not the text.
 */

export type EditOp = "equal" | "delete" | "insert";
export type Edit<T> = { op: EditOp; item: T };

/**
 * Past this many differences the exact search would keep D² numbers in memory;
 * the differing middle is then reported as deleted and inserted whole, which is
 * still a correct (if not the shortest) script.
 */
const MAX_EDIT_DISTANCE = 2_000;

export function diffSequences<T>(before: readonly T[], after: readonly T[], equals: (a: T, b: T) => boolean = Object.is): Edit<T>[] {
  let start = 0;
  while (start < before.length && start < after.length && equals(before[start], after[start])) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && equals(before[endBefore - 1], after[endAfter - 1])) {
    endBefore--;
    endAfter--;
  }
  const a = before.slice(start, endBefore);
  const b = after.slice(start, endAfter);
  const middle = myers(a, b, equals) ?? [
    ...a.map((item) => ({ op: "delete" as const, item })),
    ...b.map((item) => ({ op: "insert" as const, item })),
  ];
  return [
    ...before.slice(0, start).map((item) => ({ op: "equal" as const, item })),
    ...middle,
    ...before.slice(endBefore).map((item) => ({ op: "equal" as const, item })),
  ];
}

function myers<T>(a: readonly T[], b: readonly T[], equals: (x: T, y: T) => boolean): Edit<T>[] | null {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((item) => ({ op: "insert", item }));
  if (m === 0) return a.map((item) => ({ op: "delete", item }));
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  // v[k + offset]: the furthest x reached on diagonal k (k = x − y).
  const v = new Int32Array(2 * max + 3);
  // trace[d]: v before step d, over the diagonals −d−1 … d+1 that step d reads.
  const trace: Int32Array[] = [];

  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
      let x = down ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && equals(a[x], b[y])) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace);
    }
  }
  return null;
}

function backtrack<T>(a: readonly T[], b: readonly T[], trace: Int32Array[]): Edit<T>[] {
  const edits: Edit<T>[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const row = trace[d];
    const at = (k: number) => row[k + d + 1];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      edits.push({ op: "equal", item: a[x - 1] });
      x--;
      y--;
    }
    if (d > 0) {
      if (down) edits.push({ op: "insert", item: b[y - 1] });
      else edits.push({ op: "delete", item: a[x - 1] });
    }
    x = previousX;
    y = previousY;
  }
  return edits.reverse();
}
