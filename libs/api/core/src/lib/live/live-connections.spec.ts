import type { IncomingMessage } from 'node:http';
import { clientAddressOf, liveOriginAllowed } from './live-connections';

const upgrade = (headers: Record<string, string>, remoteAddress = '10.0.0.2') =>
  ({ headers, socket: { remoteAddress } }) as unknown as IncomingMessage;

describe('live connections', () => {
  const config = { publicUrl: 'https://portal.example.com' };

  it('lets in the portal’s own pages and clients that are no browser, and no other site', () => {
    expect(liveOriginAllowed(upgrade({ host: 'portal.example.com', origin: 'https://portal.example.com' }), config)).toBe(true);
    expect(liveOriginAllowed(upgrade({ host: 'internal:3000', origin: 'https://portal.example.com' }), config)).toBe(true);
    expect(liveOriginAllowed(upgrade({ host: 'localhost:4200', origin: 'http://localhost:4200' }), config)).toBe(true);
    expect(liveOriginAllowed(upgrade({ host: 'portal.example.com' }), config)).toBe(true);
    expect(liveOriginAllowed(upgrade({ host: 'portal.example.com', origin: 'https://evil.example' }), config)).toBe(false);
    expect(liveOriginAllowed(upgrade({ host: 'portal.example.com', origin: 'https://portal.example.com.evil.example' }), config)).toBe(false);
    expect(liveOriginAllowed(upgrade({ host: 'portal.example.com', origin: 'null' }), config)).toBe(false);
    expect(liveOriginAllowed(upgrade({ host: 'portal.example.com', origin: 'chrome-extension://portal.example.com' }), config)).toBe(false);
  });

  it('takes the client address as express does with TRUST_PROXY', () => {
    const viaTwo = upgrade({ 'x-forwarded-for': '203.0.113.9, 198.51.100.7' });
    expect(clientAddressOf(viaTwo, 0)).toBe('10.0.0.2');
    expect(clientAddressOf(viaTwo, 1)).toBe('198.51.100.7');
    expect(clientAddressOf(viaTwo, 2)).toBe('203.0.113.9');
    expect(clientAddressOf(viaTwo, 5)).toBe('203.0.113.9');
  });
});
