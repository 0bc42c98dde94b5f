// fetch rejects with a generic "fetch failed"; the useful part is the code on its cause.

const REASONS_BY_CODE: Record<string, string> = {
  ECONNRESET: 'connection reset',
  // undici's name for a server that closed the socket before answering.
  UND_ERR_SOCKET: 'connection reset',
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'DNS lookup failed',
  EAI_AGAIN: 'DNS lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'timed out waiting for headers',
};

function isTlsCode(code: string): boolean {
  return /^(?:CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_)/.test(code);
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** A short reason such as "timed out after 10000 ms" or "connection reset". */
export function describeFetchFailure(error: unknown, timeoutMs: number): string {
  const name = field(error, 'name');
  if (name === 'TimeoutError' || name === 'AbortError') return `timed out after ${timeoutMs} ms`;
  const cause = field(error, 'cause');
  const code = field(cause, 'code') ?? field(error, 'code');
  if (typeof code === 'string') {
    const known = REASONS_BY_CODE[code];
    if (known !== undefined) return known;
    if (isTlsCode(code)) return `TLS certificate problem (${code})`;
  }
  const message = field(cause, 'message') ?? field(error, 'message');
  if (message === 'redirect count exceeded') return 'too many redirects';
  const detail = typeof code === 'string' ? code : typeof message === 'string' ? message : String(error);
  return `network error (${detail})`;
}
