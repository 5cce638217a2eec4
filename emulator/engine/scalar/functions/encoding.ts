// URL and base64 text: parse_url, parse_urlquery, url_encode(_component), url_decode, base64_encode_tostring,
// base64_decode_tostring, and hash (hash.ts). Web APIs only (TextEncoder, atob, btoa), so the engine stays portable.
import type { DynamicValue } from '../../api.ts';
import { map1 } from '../../model/vector.ts';
import { textOf } from '../operators/strings.ts';
import type { ScalarFunction } from '../registry.ts';
import { hash } from './hash.ts';

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Percent-decoding as .NET's HttpUtility.UrlDecode: `+` is a space, malformed escapes stay as they are. */
export function urlDecode(text: string): string {
  const withSpaces = text.replace(/\+/g, ' ');
  return withSpaces.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    const bytes = Uint8Array.from(run.match(/%[0-9a-f]{2}/gi)!, (escape) => parseInt(escape.slice(1), 16));
    try {
      return strictUtf8.decode(bytes);
    } catch {
      return run;
    }
  });
}

/** Lower-case percent escapes of UTF-8 bytes, keeping letters, digits and - _ . ! * ( ), as the documented examples. */
function urlEncode(text: string, space: string): string {
  let out = '';
  for (const byte of utf8.encode(text)) {
    const character = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.!*()]/.test(character)) out += character;
    else if (byte === 0x20) out += space;
    else out += `%${byte.toString(16).padStart(2, '0')}`;
  }
  return out;
}

function queryParameters(query: string): { [key: string]: DynamicValue } {
  const parameters: { [key: string]: DynamicValue } = {};
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    parameters[equals < 0 ? pair : pair.slice(0, equals)] = equals < 0 ? '' : pair.slice(equals + 1);
  }
  return parameters;
}

const URL_PARTS = /^([a-z][a-z0-9+.-]*):\/\/(?:([^:@/?#]*)(?::([^@/?#]*))?@)?(\[[^\]]*\]|[^:/?#]*)(?::(\d*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/i;

/**
 * parse_url: the parts of an absolute URL. UNCERTAIN: the documentation's example prints the path without its
 * leading slash; .NET's Uri (which the service builds on) keeps it, and so does this. Text that is not an absolute
 * URL gives every part empty.
 */
function parseUrl(text: string): DynamicValue {
  const match = URL_PARTS.exec(text.trim());
  const [, scheme = '', user = '', password = '', host = '', port = '', path = '', query = '', fragment = ''] = match ?? [];
  return {
    Scheme: scheme,
    Host: host,
    Port: port,
    Path: path,
    Username: user,
    Password: password,
    'Query Parameters': queryParameters(query),
    Fragment: fragment,
  };
}

function base64Decode(text: string): string {
  try {
    const binary = atob(text.trim());
    return strictUtf8.decode(Uint8Array.from(binary, (character) => character.charCodeAt(0)));
  } catch {
    return '';
  }
}

function base64Encode(text: string): string {
  let binary = '';
  for (const byte of utf8.encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function textFunction(fn: (text: string) => DynamicValue): ScalarFunction {
  return ([text], site) => map1(textOf(text!, site.rowCount), site.rowCount, (value) => fn(value as string));
}

export const ENCODING_FUNCTIONS: Readonly<Record<string, ScalarFunction>> = {
  parse_url: textFunction(parseUrl),
  parseurl: textFunction(parseUrl),
  parse_urlquery: textFunction((query) => ({ 'Query Parameters': queryParameters(query.replace(/^\?/, '')) })),
  url_decode: textFunction(urlDecode),
  url_encode: textFunction((text) => urlEncode(text, '+')),
  url_encode_component: textFunction((text) => urlEncode(text, '%20')),
  base64_decode_tostring: textFunction(base64Decode),
  base64_encode_tostring: textFunction(base64Encode),
  base64_encodestring: textFunction(base64Encode),
  base64_decodestring: textFunction(base64Decode),
  hash,
};
