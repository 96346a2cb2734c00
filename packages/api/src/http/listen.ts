import type { RequestListener, Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

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

/** How long an idle keep-alive connection stays open. */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** Serves `app` (a node request listener, e.g. an express app) on `port` (0: an ephemeral port). */
export const listen = (app: RequestListener, port: number, host?: string): Promise<RunningServer> =>
  new Promise((resolve, reject) => {
    const server = createServer(app);
    // An idle keep-alive connection outlives any client's idle timeout (undici's is 4 s, load
    // balancers' 60 s): with Node's 5 s, a busy server closed sockets that clients were just reusing,
    // and their next request failed with ECONNRESET. Headers must be allowed to take longer still.
    server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
    server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1000;
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
