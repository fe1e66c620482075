import type { ServerResponse } from 'node:http';

/**
 * Headers on every response. The CSP is sent on everything (API answers and files too),
 * so no page of this server can run inline script, wherever it came from.
 */
export function setSecurityHeaders(res: ServerResponse, csp: string, https: boolean): void {
  res.setHeader('content-security-policy', csp);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('x-frame-options', 'SAMEORIGIN');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  res.setHeader('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
  if (https) res.setHeader('strict-transport-security', 'max-age=31536000');
}
