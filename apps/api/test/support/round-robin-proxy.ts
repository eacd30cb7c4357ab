import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A load balancer in miniature: an HTTP proxy on loopback that hands each request to the next of
 * its backends in turn (round robin), with no stickiness, as a load balancer in front of stateless
 * replicas does. It remembers which backend answered each request, so a test can show the spread.
 */
export class RoundRobinProxy {
  private server?: Server;
  private next = 0;
  /** The index of the backend that served each request, in order. */
  readonly served: number[] = [];
  url = '';

  constructor(private readonly backends: string[]) {}

  async start(): Promise<string> {
    const server = createServer((req, res) => this.forward(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.url;
  }

  private forward(req: IncomingMessage, res: ServerResponse): void {
    const index = this.next;
    this.next = (this.next + 1) % this.backends.length;
    this.served.push(index);
    const target = new URL(req.url ?? '/', this.backends[index]);
    const upstream = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
