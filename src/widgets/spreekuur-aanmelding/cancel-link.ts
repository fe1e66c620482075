/**
 * The cancel link on the confirmation: this page with `#digiplein-afmelden=<reference>.<token>`.
 * The secret stays in the URL fragment, which browsers never send to a server; opening the link
 * shows the widget's cancel question.
 */
const KEY = 'digiplein-afmelden=';

export interface CancelLink {
  reference: string;
  token: string;
}

export function cancelLinkFor(pageUrl: string, reference: string, token: string): string {
  const url = new URL(pageUrl);
  url.hash = `${KEY}${reference}.${token}`;
  return url.href;
}

export function parseCancelLink(hash: string): CancelLink | undefined {
  const match = /^#digiplein-afmelden=(DP-[A-Z0-9]{4,12})\.([A-Za-z0-9_-]{16,128})$/.exec(hash);
  return match ? { reference: match[1]!, token: match[2]! } : undefined;
}
