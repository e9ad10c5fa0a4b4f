/**
 * Page breaks for lists drawn side by side: each page starts at the same step number in every list
 * and holds as many rows as the fullest list has room for. `heights[list][row]` includes the gap
 * after the row, `room` the gap after the last. Returns each page's first row; a row taller than
 * the room gets a page of its own.
 */
export function pageStarts(heights: number[][], room: number, rows: number): number[] {
  const starts = [0];
  const used = heights.map(() => 0);
  for (let row = 0; row < rows; row++) {
    const over = heights.some((list, i) => used[i]! + (list[row] ?? 0) > room);
    if (over && row > starts.at(-1)!) {
      starts.push(row);
      used.fill(0);
    }
    heights.forEach((list, i) => (used[i]! += list[row] ?? 0));
  }
  return starts;
}
