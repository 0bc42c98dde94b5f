import type { LinkCheck } from '../../src/link-health/link-status-schema';
import { describeFetchFailure } from './describe-fetch-failure';

export interface CheckLinkOptions {
  timeoutMs: number;
  fetch: typeof fetch;
  now: () => Date;
}

type Attempt = { answered: true; response: Response } | { answered: false; reason: string };

// Some hosts refuse requests without a user agent; saying who we are is the honest option.
const USER_AGENT = 'talk-catalog-link-check/1.0 (checks that catalog links still resolve)';

async function attempt(url: string, { timeoutMs, fetch }: CheckLinkOptions): Promise<Attempt> {
  try {
    const response = await fetch(url, {
      method: 'GET',
      redirect: 'follow',
      headers: { 'user-agent': USER_AGENT },
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The status is all we need; not reading the body spares downloading whole pages and PDFs.
    await response.body?.cancel().catch(() => undefined);
    return { answered: true, response };
  } catch (error) {
    return { answered: false, reason: describeFetchFailure(error, timeoutMs) };
  }
}

/**
 * Only 404 and 410 prove a link is gone. A 403, a 5xx or a timeout may be a bot filter or a bad
 * moment, so those stay "unverified" rather than raising a false alarm.
 */
export async function checkLink(url: string, options: CheckLinkOptions): Promise<LinkCheck> {
  let result = await attempt(url, options);
  // Timeouts and network errors are often transient; an HTTP answer is not retried.
  if (!result.answered) result = await attempt(url, options);
  const checkedAt = options.now().toISOString();
  if (!result.answered) return { status: 'unverified', checkedAt, reason: result.reason };

  const { status: httpStatus, redirected, url: finalUrl } = result.response;
  const redirect = redirected && finalUrl !== url ? { finalUrl } : {};
  if (httpStatus >= 200 && httpStatus < 300) return { status: 'working', checkedAt, httpStatus, ...redirect };
  if (httpStatus === 404 || httpStatus === 410) return { status: 'broken', checkedAt, httpStatus, ...redirect };
  return { status: 'unverified', checkedAt, httpStatus, ...redirect, reason: `HTTP ${httpStatus}` };
}
