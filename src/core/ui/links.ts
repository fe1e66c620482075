/** Safe link targets: only http(s), mailto and tel; anything else gives undefined. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, document.baseURI);
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** `tel:` link for a Dutch number as people write it (0800-2000 → tel:08002000). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/**
 * An e-mail address as button text that wraps at sensible points on a phone (after the @ and
 * before each dot) instead of in the middle of a word: zero-width spaces, which screen readers
 * skip. The link's `mailto:` keeps the plain address.
 */
export function wrappableAddress(email: string): string {
  return email.replace('@', '@\u200b').replace(/\./g, '\u200b.');
}
