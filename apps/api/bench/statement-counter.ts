import { createConnection, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A loopback proxy in front of PostgreSQL that counts the statements a process sends, read from the
 * wire protocol: each simple Query ('Q') and each extended-protocol Execute ('E') message is one
 * statement (BEGIN/COMMIT and the session lookup included: they are the request's cost too).
 * pg_stat_statements would count the same, but it must be preloaded into the server, which the shared
 * PostgreSQL is not; pg_stat_database counts transactions and tuples, not statements.
 */
export class StatementCounter {
  statements = 0;
  private server?: Server;
  private readonly sockets = new Set<Socket>();

  /** Starts the proxy in front of `url`'s server and returns `url` through it. */
  async front(url: string): Promise<string> {
    const target = new URL(url);
    const server = createServer((client) => {
      const upstream = createConnection(Number(target.port || 5432), target.hostname);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
        // As pg's own socket does: without it, Nagle's algorithm holds back the tail of large results.
        s.setNoDelay(true);
      }
      this.count(client);
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    this.server = server;
    const proxied = new URL(url);
    proxied.hostname = '127.0.0.1';
    proxied.port = String((server.address() as AddressInfo).port);
    return proxied.toString();
  }

  /** Walks the client's messages: a startup packet (no type byte) first, then type + length + body. */
  private count(client: Socket): void {
    let buffer = Buffer.alloc(0);
    let started = false;
    client.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!started) {
          if (buffer.length < 4) return;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) return;
          const code = buffer.readInt32BE(4);
          buffer = buffer.subarray(length);
          // An SSL request is answered 'N' and followed by the real startup packet.
          if (code !== 80877103) started = true;
          continue;
        }
        if (buffer.length < 5) return;
        const length = buffer.readInt32BE(1);
        if (buffer.length < 1 + length) return;
        const type = String.fromCharCode(buffer[0]);
        if (type === 'Q' || type === 'E') this.statements += 1;
        buffer = buffer.subarray(1 + length);
      }
    });
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
