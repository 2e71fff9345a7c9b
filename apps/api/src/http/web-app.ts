import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Every page of the web app is under this path, so its fallback to index.html can never answer for an API route or /docs. */
export const WEB_APP_PATH = '/app/';

/**
 * The web pages' content security policy: scripts, styles, images and API calls from
 * this origin only (the build has no inline script or style, and loads nothing from
 * elsewhere); no plugins, no framing, no <base>, forms posting only here. With an
 * identity provider (LEDGER_AUTH_MODE=oidc), the page may also call the issuer's
 * origin (its discovery document and token endpoint, for the sign-in with PKCE), and
 * nothing else.
 */
export function webContentSecurityPolicy(oidcIssuer?: string): string {
  const connect = ["'self'", ...(oidcIssuer ? [new URL(oidcIssuer).origin] : [])].join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    `connect-src ${connect}`,
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy in embedded mode: this origin only. */
export const WEB_CONTENT_SECURITY_POLICY = webContentSecurityPolicy();

const NOT_BUILT = (dir: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>compact-ledger: web interface not built</title></head>
<body>
<h1>The web interface has not been built</h1>
<p>The ledger's API is running, but there is no web build in <code>${escapeHtml(dir)}</code>.</p>
<p>Build it with <code>npm run build</code> (or only the web app: <code>npx nx run web:build</code>), then restart the ledger.
Set <code>LEDGER_WEB_DIR</code> if the build is elsewhere.</p>
<p>Meanwhile the API answers as usual: its operations are described at <a href="/docs">/docs</a>.</p>
</body>
</html>
`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(reply: FastifyReply, status: number, html: string, policy: string): FastifyReply {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('content-security-policy', policy)
    .header('cache-control', 'no-cache')
    .send(html);
}

/**
 * Serves the web build (apps/web, built to LEDGER_WEB_DIR) under /app/: its hashed
 * assets as files, every other path under /app/ as index.html (the app routes in the
 * browser), and / as a redirect to it. When the build is missing at start, / and /app/
 * say in plain words how to make it, and the API runs as before.
 */
export async function serveWebApp(app: NestFastifyApplication, webDir: string, options: { oidcIssuer?: string } = {}): Promise<void> {
  const policy = webContentSecurityPolicy(options.oidcIssuer);
  const dir = resolve(webDir);
  const fastify = app.getHttpAdapter().getInstance();
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    const notBuilt = (_request: unknown, reply: FastifyReply) => page(reply, 503, NOT_BUILT(dir), policy);
    fastify.get('/', notBuilt);
    fastify.get('/app', notBuilt);
    fastify.get('/app/*', notBuilt);
    return;
  }
  // Asset names carry a hash of their content: a new build makes new names, so a browser may keep these for good.
  await fastify.register(async (assets: FastifyInstance) => {
    // A path the file server will not follow ("..", "." or empty segments) is no asset: 404
    // problem details, as for any missing file, instead of the error object it throws (a 500 otherwise).
    assets.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
      if (error.statusCode === 403) return reply.callNotFound();
      throw error;
    });
    await assets.register(fastifyStatic, {
      root: join(dir, 'assets'),
      prefix: `${WEB_APP_PATH}assets/`,
      decorateReply: false,
      index: false,
      immutable: true,
      maxAge: '365d',
      // An SVG opened on its own is a document: it gets the same policy as the pages.
      setHeaders: (reply) => void reply.header('content-security-policy', policy),
    });
  });
  const spa = async (_request: unknown, reply: FastifyReply) => page(reply, 200, await readFile(index, 'utf8'), policy);
  fastify.get('/', (_request, reply) => reply.redirect(WEB_APP_PATH, 302));
  fastify.get('/app', (_request, reply) => reply.redirect(WEB_APP_PATH, 302));
  // /app/assets/* is the static route above (a missing asset is a 404 there, never this page); the rest is the app's.
  fastify.get('/app/*', spa);
}
