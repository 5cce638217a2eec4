// Test support: the CSV writer's UTF-8 chunks read back as text, and what UTF-8 can hold of a JS string.
import type { CsvChunk } from '../writeCsv';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/** The chunks as one text, the BOM kept; throws on bytes that are not UTF-8. */
export function chunksText(chunks: Iterable<CsvChunk>): string {
  return Array.from(chunks, (chunk) => decoder.decode(chunk.bytes, { stream: true })).join('') + decoder.decode();
}

/** The text as a UTF-8 file gives it back: a lone surrogate, which UTF-8 cannot encode, becomes U+FFFD. */
export function viaUtf8(text: string): string {
  return decoder.decode(encoder.encode(text));
}
