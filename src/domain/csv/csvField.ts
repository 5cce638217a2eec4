// RFC 4180 fields: a field with a comma, a double quote, CR or LF is enclosed in double quotes, and each double quote
// inside it is doubled. Everything else is written as is.

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
