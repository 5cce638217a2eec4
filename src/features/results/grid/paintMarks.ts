// Performance marks read by the benchmark (performance-and-style.md §1.7). "Painted" means the frame after the DOM
// update: the next animation frame, then a task, so the mark lands after the browser has drawn.
export type GridMark = 'grid:first-paint' | 'grid:sort-start' | 'grid:sort-paint';

export function markNow(name: GridMark): void {
  performance.mark(name);
}

export function markAfterPaint(name: GridMark): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark(name), 0));
}
