// Bytes a page pulls over the network, as DevTools counts them: Network.loadingFinished's
// encodedDataLength, i.e. what came over the wire (headers included, bodies as the server
// compressed them: static-server.ts gzips text as a host would). Playwright's own response sizes
// come from the same events; reading them directly also counts requests Playwright does not
// surface, such as a service worker's.
import type { CDPSession, Page } from '@playwright/test';

export interface TransferEntry {
  readonly url: string;
  readonly bytes: number;
}

export interface TransferLog {
  /** Bytes of every request finished so far. */
  bytes(): number;
  entries(): readonly TransferEntry[];
  stop(): Promise<void>;
}

/** Starts counting `page`'s network bytes; call before the navigation or interaction to weigh. */
export async function trackTransfer(page: Page): Promise<TransferLog> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const urls = new Map<string, string>();
  const entries: TransferEntry[] = [];
  session.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  session.on('Network.loadingFinished', (event) => {
    entries.push({ url: urls.get(event.requestId) ?? '?', bytes: event.encodedDataLength });
  });
  await session.send('Network.enable');
  return {
    bytes: () => entries.reduce((sum, entry) => sum + entry.bytes, 0),
    entries: () => [...entries],
    async stop() {
      await session.detach();
    },
  };
}

/** The entries past the first `from`, e.g. what an interaction added to a page's first view. */
export function entriesAfter(log: TransferLog, from: number): { bytes: number; entries: TransferEntry[] } {
  const entries = log.entries().slice(from);
  return { bytes: entries.reduce((sum, entry) => sum + entry.bytes, 0), entries };
}
