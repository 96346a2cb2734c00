import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export interface RunningServer {
  readonly server: Server;
  readonly port: number;
  /** Base URL, e.g. `http://127.0.0.1:43117`. */
  readonly url: string;
  /** Stops accepting, lets requests in flight finish (up to `graceMs`), then drops the rest. */
  close(graceMs?: number): Promise<void>;
}

const hostForUrl = ({ address, family }: AddressInfo): string => {
  if (address === '::' || address === '0.0.0.0') return 'localhost';
  return family === 'IPv6' ? `[${address}]` : address;
};

/** Serves `app` on `port` (0: an ephemeral port) and resolves once it listens. */
export const listen = (app: Express, port: number, host?: string): Promise<RunningServer> =>
  new Promise((resolve, reject) => {
    const server = createServer(app);
    server.once('error', reject);
    const onListening = (): void => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      resolve({
        server,
        port: address.port,
        url: `http://${hostForUrl(address)}:${address.port}`,
        close: (graceMs = 10_000) =>
          new Promise<void>((done, fail) => {
            const force = setTimeout(() => server.closeAllConnections(), graceMs);
            server.close((error) => {
              clearTimeout(force);
              if (error === undefined) done();
              else fail(error);
            });
            server.closeIdleConnections();
          }),
      });
    };
    if (host === undefined) server.listen(port, onListening);
    else server.listen(port, host, onListening);
  });
