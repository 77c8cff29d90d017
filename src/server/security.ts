// Security headers for a local web app: the UI loads only its own scripts and styles (no inline
// script, no CDN), cannot be framed, and leaks no referrer. Swagger UI sets inline styles, so its
// pages alone get `style-src 'unsafe-inline'` (never inline scripts).
import type { FastifyInstance } from 'fastify';

const BASE = {
  'default-src': "'self'",
  'script-src': "'self'",
  'script-src-attr': "'none'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

const serialize = (policy: Record<string, string>) =>
  Object.entries(policy)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');

export const APP_CSP = serialize(BASE);
export const DOCS_CSP = serialize({ ...BASE, 'style-src': "'self' 'unsafe-inline'" });

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

export function addSecurityHeaders(app: FastifyInstance, docsPrefix: string): void {
  app.addHook('onSend', async (request, reply, payload) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    const docs = request.url === docsPrefix || request.url.startsWith(docsPrefix + '/');
    reply.header('content-security-policy', docs ? DOCS_CSP : APP_CSP);
    return payload;
  });
}

/** Host names a loopback-only server answers to. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '::1'];

export const isLoopback = (host: string) => LOOPBACK_HOSTS.includes(host) || /^127\./.test(host);

/** The host name of a Host header, without port or IPv6 brackets. */
export function hostName(header: string | undefined): string {
  const h = (header ?? '').trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') >>> 0);
  return h.replace(/:\d+$/, '');
}

/**
 * DNS rebinding guard: a page on another site can point its own name at 127.0.0.1 and then read
 * a local server as same-origin. Answering only to the expected Host names closes that door.
 */
export function restrictHosts(app: FastifyInstance, allowed: readonly string[]): void {
  const names = new Set(allowed.map((h) => hostName(h.includes(':') && !h.startsWith('[') ? `[${h}]` : h)));
  app.addHook('onRequest', async (request, reply) => {
    if (!names.has(hostName(request.headers.host))) {
      reply.status(421).send({
        statusCode: 421,
        error: 'Misdirected Request',
        message: `this server answers to ${[...names].join(', ')} only`,
      });
      return reply;
    }
  });
}
