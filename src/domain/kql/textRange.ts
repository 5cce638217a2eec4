/** A half-open range of offsets [start, end) into a text, as the editor uses for highlights and selections. */
export interface TextRange {
  start: number;
  end: number;
}
