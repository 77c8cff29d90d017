// Write endpoint: POST /api/articles stores (and analyses) an article. The server is read-only
// unless a token is configured; then the request must carry `Authorization: Bearer <token>`.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Store } from '../../corpus/store.js';
import { HttpError } from '../errors.js';
import { htmlToArticle } from '../html-text.js';
import { ingestOne } from '../ingest.js';
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

export function ingestRoutes(store: Store, token: string | null) {
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
        const body = request.body;
        if ((body.text === undefined) === (body.html === undefined))
          throw new HttpError(400, 'give exactly one of "text" or "html"');
        let text = body.text ?? '';
        let title = body.title ?? null;
        if (body.html !== undefined) {
          try {
            const page = htmlToArticle(body.html);
            text = page.text;
            title ??= page.title;
          } catch (e) {
            throw new HttpError(422, (e as Error).message);
          }
        }
        let result: Awaited<ReturnType<typeof ingestOne>>;
        try {
          result = await ingestOne(store, { ...body, text, title, source: body.source ?? 'http' });
        } catch (e) {
          if (e instanceof RangeError || e instanceof TypeError) throw new HttpError(400, e.message);
          throw e;
        }
        reply.status(result.created ? 201 : 200);
        return result;
      },
    );
  };
}
