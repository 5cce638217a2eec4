import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export function sendBody(res: ServerResponse, status: number, body: string | Buffer, headers: OutgoingHttpHeaders): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...headers, 'Content-Length': String(bytes.length) });
  res.end(bytes);
}

/** JSON as the Azure services write it: compact, keys in insertion order. */
export function sendJson(res: ServerResponse, status: number, value: unknown, headers: OutgoingHttpHeaders = {}): void {
  sendBody(res, status, JSON.stringify(value), { 'Content-Type': JSON_CONTENT_TYPE, ...headers });
}

export function sendEmpty(res: ServerResponse, status: number, headers: OutgoingHttpHeaders = {}): void {
  res.writeHead(status, headers);
  res.end();
}

export function redirect(res: ServerResponse, location: string, headers: OutgoingHttpHeaders = {}): void {
  res.writeHead(302, { ...headers, Location: location, 'Content-Length': '0' });
  res.end();
}
