/**
 * Starts listening on this computer only (127.0.0.1: nobody else on the office network can reach
 * the editor or the unpublished drafts), at the usual port or the next free one, so a second
 * window or another program on 4321 does not stop the editor from starting.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Ports tried after the first. */
const MORE_PORTS = 20;

/** Listens from `port` upwards (0: any free port); resolves with the port taken. */
export async function listenLocally(server: Server, port: number): Promise<number> {
  for (let candidate = port; ; candidate += 1) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(candidate, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        });
      });
      return (server.address() as AddressInfo).port;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0 || candidate >= port + MORE_PORTS) throw error;
    }
  }
}
