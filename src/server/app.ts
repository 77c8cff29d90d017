// The HTTP server: JSON API under /api, OpenAPI at /docs/json with Swagger UI at /docs, and the
// built web UI (web/dist) at /. Read-only unless a token is configured for the write endpoints.
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Store } from '../corpus/store.js';
import { ANALYZER_VERSION } from '../version.js';
import { addErrorHandling } from './errors.js';
import { type Network, TtlCache } from './network.js';
import { analyzeRoutes } from './routes/analyze.js';
import { corpusRoutes } from './routes/corpus.js';
import { ingestRoutes } from './routes/ingest.js';
import { addSecurityHeaders, restrictHosts } from './security.js';

export interface ServerOptions {
  /** The corpus; without it only the stateless endpoints (analyze, docs, UI) are served. */
  store?: Store | null;
  /** Token the write endpoints require (`Authorization: Bearer …`); none means read-only. */
  token?: string | null;
  /** Folder of the built web UI; not served when absent. */
  webDir?: string | null;
  /** Largest accepted request body, in bytes. */
  bodyLimit?: number;
  logger?: boolean;
  /** Host names the server answers to (DNS rebinding guard); null or absent: any. */
  allowedHosts?: readonly string[] | null;
}

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;
const DOCS = '/docs';

export async function buildServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    routerOptions: { maxParamLength: 300 },
    // Query-string numbers and booleans arrive as text and are coerced; unknown parameters are
    // refused (every schema says additionalProperties: false) rather than silently dropped.
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: false } },
  });
  app.addContentTypeParser('text/html', { parseAs: 'string' }, (_req, body, done) => done(null, body));
  addSecurityHeaders(app, DOCS);
  if (options.allowedHosts) restrictHosts(app, options.allowedHosts);
  addErrorHandling(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'depeche',
        version: ANALYZER_VERSION,
        description:
          'French news → entities, quotations with speakers, CAMEO events, dates. Every span is a UTF-16 offset into the article text.',
      },
      tags: [
        { name: 'analysis', description: 'analyse a text without storing it' },
        { name: 'corpus', description: 'the stored articles and what was found in them' },
        { name: 'aggregates', description: 'counts over the corpus' },
      ],
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'DEPECHE_TOKEN' } },
      },
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: DOCS, uiConfig: { docExpansion: 'list' } });

  app.get('/api/health', { schema: { hide: true } }, async () => ({ ok: true, analyzer: ANALYZER_VERSION }));
  await app.register(analyzeRoutes);
  if (options.store) {
    const networkCache = new TtlCache<Network>(30_000);
    await app.register(corpusRoutes(options.store, networkCache));
    await app.register(ingestRoutes(options.store, options.token ?? null, () => networkCache.clear()));
  }

  if (options.webDir && existsSync(options.webDir)) {
    await app.register(fastifyStatic, {
      root: options.webDir,
      prefix: '/',
      index: 'index.html',
      // Hashed assets can be cached for good; index.html must be revalidated.
      setHeaders: (res, path) => {
        res.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  return app;
}
