// Write endpoint: POST /api/articles stores (and analyses) an article. The server is read-only
// unless a token is configured; then the request must carry `Authorization: Bearer <token>`.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ingestOne } from '../../corpus/ingest.js';
import { parseHtmlArticle } from '../../corpus/read/html.js';
import type { RawArticle } from '../../corpus/read/types.js';
import type { Store } from '../../corpus/store.js';
import { HttpError } from '../errors.js';
import { ErrorReply, IngestBody, jsonSchema } from '../schema.js';

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function checkToken(token: string | null, request: FastifyRequest): void {
  if (!token)
    throw new HttpError(403, 'this server is read-only: start it with DEPECHE_TOKEN set to enable writes');
  const m = /^Bearer\s+(\S+)\s*$/i.exec(String(request.headers.authorization ?? ''));
  if (!m || !sameSecret(m[1]!, token)) throw new HttpError(401, 'missing or wrong bearer token');
}

export function ingestRoutes(store: Store, token: string | null, onWrite: () => void = () => {}) {
  return async (app: FastifyInstance): Promise<void> => {
    app.post<{ Body: IngestBody }>(
      '/api/articles',
      {
        schema: {
          tags: ['corpus'],
          summary: 'Store and analyse one article (needs the bearer token)',
          security: [{ bearer: [] }],
          body: jsonSchema(IngestBody),
          response: {
            400: jsonSchema(ErrorReply),
            401: jsonSchema(ErrorReply),
            403: jsonSchema(ErrorReply),
            413: jsonSchema(ErrorReply),
          },
        },
        onRequest: async (request) => checkToken(token, request),
      },
      async (request, reply) => {
        const { html, text, source, ...fields } = request.body;
        if ((text === undefined) === (html === undefined))
          throw new HttpError(400, 'give exactly one of "text" or "html"');
        let input: Partial<Omit<RawArticle, 'kind'>> & { text: string };
        if (html !== undefined) {
          const page = parseHtmlArticle(html, source ?? 'api');
          if (page.kind !== 'article') throw new HttpError(422, page.reason);
          // What the request says wins over what the page says about itself.
          const given = Object.fromEntries(
            Object.entries(fields).filter(([, v]) => v !== null && v !== undefined),
          );
          input = { ...page, ...given };
        } else input = { ...fields, text: text!, source: source ?? 'api' };
        const result = await ingestOne(store, input, { workers: 0 });
        const problem = [...result.report.failed, ...result.report.skipped][0];
        if (result.id === null)
          throw new HttpError(422, problem?.reason ?? 'the article could not be stored');
        if (result.created) onWrite();
        reply.status(result.created ? 201 : 200);
        return { id: result.id, created: result.created, duplicateOf: result.duplicateOf };
      },
    );
  };
}
