/**
 * The security headers of every answer. Pages get a Content-Security-Policy with a fresh nonce
 * (proxy.ts; the headers every answer gets are in next.config.js): Next.js puts the nonce on its own scripts, so no other script can run, and
 * `frame-ancestors 'none'` keeps every page, admin pages included, out of other sites' frames.
 */
export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonced bootstrap load Next's chunks; development needs eval for fast refresh.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // React style attributes and the report's <style> element are inline styles; they cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
