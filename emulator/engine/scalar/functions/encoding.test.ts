import { describe, expect, it } from 'vitest';
import { failure, rows } from '../../testing/queries.ts';

describe('URLs', () => {
  it('parse_url splits an absolute URL; the query becomes a bag', async () => {
    expect(await rows('print parse_url("scheme://username:password@host:1234/this/is/a/path?k1=v1&k2=v2#fragment"), parse_url("https://contoso.com/a").Host')).toEqual([
      [
        {
          Scheme: 'scheme',
          Host: 'host',
          Port: '1234',
          Path: '/this/is/a/path',
          Username: 'username',
          Password: 'password',
          'Query Parameters': { k1: 'v1', k2: 'v2' },
          Fragment: 'fragment',
        },
        'contoso.com',
      ],
    ]);
  });

  it('url_decode, url_encode and url_encode_component (documentation examples)', async () => {
    expect(await rows("print url_decode(@'https%3a%2f%2fwww.bing.com%2f'), url_encode_component(@'https://www.bing.com/hello world/'), url_encode(@'https://www.bing.com/hello world'), url_decode('a+b%zz')")).toEqual([
      ['https://www.bing.com/', 'https%3a%2f%2fwww.bing.com%2fhello%20world%2f', 'https%3a%2f%2fwww.bing.com%2fhello+world', 'a b%zz'],
    ]);
  });
});

describe('base64', () => {
  it('decodes UTF-8; bytes that are not UTF-8 give the empty string (documentation examples)', async () => {
    expect(await rows('print base64_decode_tostring("S3VzdG8="), base64_decode_tostring("U3RyaW5n0KHR0tGA0L7Rh9C60LA="), base64_encode_tostring("Kusto"), base64_decode_tostring("not base64!")')).toEqual([
      ['Kusto', '', 'S3VzdG8=', ''],
    ]);
  });
});

describe('hash', () => {
  it('is XXH64 over UTF-8 text and datetime ticks (documentation values)', async () => {
    expect(await rows('print hash("World"), hash("World", 100), hash(datetime("2015-01-01")), hash(""), hash("a longer text that needs the 32-byte stripes of the hash")')).toEqual([
      [1846988464401551951n, 51, 1380966698541616202n, -1205034819632174695n, -420479590241294722n],
    ]);
  });

  it('a type whose byte layout is not documented is refused, not guessed', async () => {
    expect(await failure('print hash(42)')).toMatchObject({ kind: 'unsupported', construct: 'hash(long)' });
  });
});
