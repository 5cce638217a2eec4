import { describe, expect, it } from 'vitest';
import { FaultBoard, parseFaultHeader } from './faultSet.ts';

describe('fault board', () => {
  it('lists every fault, off, with its defaults', () => {
    const board = new FaultBoard();
    const throttle = board.list().find((fault) => fault.name === 'throttle');
    expect(throttle).toEqual({ name: 'throttle', active: false, params: { seconds: 10 }, appliesTo: 'Log Analytics', description: 'Answers 429 with Retry-After: <seconds>.' });
    expect(board.list().map((fault) => fault.name)).toEqual([
      'expired-token', 'wrong-audience', 'malformed-token', 'throttle', 'gateway-timeout', 'partial-error',
      'slow-first-byte', 'connection-reset', 'drop-cors', 'token-lifetime', 'refresh-token-lifetime', 'signin-error',
    ]);
  });

  it('switches a fault on with parameters, off, and resets all', () => {
    const board = new FaultBoard();
    expect(board.enable('throttle', { seconds: 3 })).toMatchObject({ name: 'throttle', active: true, params: { seconds: 3 } });
    expect(board.enable('drop-cors', {})).toMatchObject({ active: true, params: {} });
    expect(board.forRequest(undefined).get('throttle')).toEqual({ seconds: 3 });
    expect(board.disable('throttle').active).toBe(false);
    expect(board.forRequest(undefined).has('throttle')).toBe(false);
    board.reset();
    expect(board.forRequest(undefined).has('drop-cors')).toBe(false);
  });

  it('refuses unknown faults, unknown or negative parameters, and a signin-error without a known code', () => {
    const board = new FaultBoard();
    expect(board.enable('nope', {})).toBe("Unknown fault 'nope'.");
    expect(board.enable('throttle', { minutes: 1 })).toBe("Fault 'throttle' has no parameter 'minutes'.");
    expect(board.enable('throttle', { seconds: -1 })).toBe("Parameter 'seconds' must be a non-negative number.");
    expect(board.enable('signin-error', {})).toBe("Fault 'signin-error' needs the parameter 'code'.");
    expect(board.enable('signin-error', { code: 123 })).toBe("Parameter 'code' must be one of 50011, 9002326, 65001, 700016, 90002, 50076, 50079, 530003.");
    expect(board.enable('signin-error', { code: 50076 })).toMatchObject({ params: { code: 50076 } });
  });

  it('lets a request header add faults, overriding the board', () => {
    const board = new FaultBoard();
    board.enable('throttle', { seconds: 30 });
    const faults = board.forRequest('throttle;seconds=2, partial-error;rows=5, bogus, slow-first-byte;ms=abc');
    expect(faults.get('throttle')).toEqual({ seconds: 2 });
    expect(faults.get('partial-error')).toEqual({ rows: 5 });
    expect(faults.has('slow-first-byte')).toBe(false);
    expect(board.forRequest(undefined).get('throttle')).toEqual({ seconds: 30 });
  });

  it('parses a bare fault name with its defaults', () => {
    expect([...parseFaultHeader('drop-cors')]).toEqual([['drop-cors', {}]]);
    expect([...parseFaultHeader('token-lifetime')]).toEqual([['token-lifetime', { seconds: 5 }]]);
  });
});
