import { LINK_STATUSES, type LinkCheck, type LinkStatus, type LinkStatusFile } from '../../src/link-health/link-status-schema';
import { counted } from '../counted';

// Plain code-unit order, not localeCompare, so the file is identical on every machine.
const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/** Links sorted by URL and fields in one fixed order, so re-running gives small, readable diffs. */
export function buildStatusFile(checkedAt: string, results: ReadonlyMap<string, LinkCheck>): LinkStatusFile {
  const links: LinkStatusFile['links'] = {};
  for (const [url, check] of [...results].sort(byKey)) {
    links[url] = {
      status: check.status,
      checkedAt: check.checkedAt,
      ...(check.httpStatus === undefined ? {} : { httpStatus: check.httpStatus }),
      ...(check.finalUrl === undefined ? {} : { finalUrl: check.finalUrl }),
      ...(check.reason === undefined ? {} : { reason: check.reason }),
    };
  }
  return { checkedAt, links };
}

// Problems first: that is what someone running the script is looking for.
const ORDER: readonly LinkStatus[] = ['broken', 'unverified', 'working'];

/** One line per link (status, HTTP status, URL, and why when it matters), then the counts. */
export function formatTable(results: ReadonlyMap<string, LinkCheck>): string[] {
  const rows = [...results].sort(
    (a, b) => ORDER.indexOf(a[1].status) - ORDER.indexOf(b[1].status) || byKey(a, b),
  );
  const lines = rows.map(([url, check]) => {
    const http = check.httpStatus === undefined ? '-' : String(check.httpStatus);
    const notes = [check.finalUrl === undefined ? '' : `→ ${check.finalUrl}`, check.reason ?? ''].filter(Boolean);
    return `${check.status.padEnd(10)}  ${http.padEnd(3)}  ${url}${notes.length > 0 ? `  (${notes.join('; ')})` : ''}`;
  });
  const counts = LINK_STATUSES.map(
    (status) => `${[...results.values()].filter((check) => check.status === status).length} ${status}`,
  );
  return [...lines, '', `${counted(results.size, 'link')}: ${counts.join(', ')}`];
}
