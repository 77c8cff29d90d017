// POST /api/analyze: a text or an HTML page in, an analysis record out. Stateless, so it needs no
// token and no store.
import type { FastifyInstance } from 'fastify';
import { type AnalyzeOptions, analyze } from '../../analyze.js';
import { normaliseDate } from '../../corpus/prepare.js';
import { parseHtmlArticle } from '../../corpus/read/html.js';
import { StageError } from '../../pipeline.js';
import { HttpError } from '../errors.js';
import { AnalyzeBody, ErrorReply, jsonSchema } from '../schema.js';

export async function analyzeRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: AnalyzeBody | string; Querystring: { published?: string } }>(
    '/api/analyze',
    {
      schema: {
        tags: ['analysis'],
        summary: 'Analyse one article',
        description:
          'JSON `{text}` or `{html}` (with optional title, published, url, outlet), or a raw `text/plain` or `text/html` body. Returns the analysis record (`depeche.analysis/1`).',
        querystring: {
          type: 'object',
          properties: { published: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } },
          additionalProperties: false,
        },
        body: {
          content: {
            'application/json': { schema: jsonSchema(AnalyzeBody) },
            'text/plain': { schema: { type: 'string', minLength: 1 } },
            'text/html': { schema: { type: 'string', minLength: 1 } },
          },
        },
        response: { 400: jsonSchema(ErrorReply), 413: jsonSchema(ErrorReply) },
      },
    },
    async (request) => {
      const type = String(request.headers['content-type'] ?? '')
        .split(';')[0]!
        .trim();
      let body: AnalyzeBody;
      if (typeof request.body === 'string')
        body = type === 'text/html' ? { html: request.body } : { text: request.body };
      else body = request.body;
      if ((body.text === undefined) === (body.html === undefined))
        throw new HttpError(400, 'give exactly one of "text" or "html"');
      const options: AnalyzeOptions = {
        published: body.published ?? request.query.published ?? null,
        url: body.url ?? null,
        outlet: body.outlet ?? null,
        id: body.id ?? 'pasted',
      };
      let text = body.text ?? '';
      if (body.html !== undefined) {
        const page = parseHtmlArticle(body.html, 'request');
        if (page.kind !== 'article') throw new HttpError(422, page.reason);
        // The title line leads the text, as in plain-text articles, so offsets cover it too.
        text = page.title && !page.text.startsWith(page.title) ? `${page.title}\n${page.text}` : page.text;
        options.published ??= normaliseDate(page.published);
        options.outlet ??= page.outlet;
        options.url ??= page.url;
      }
      if (body.title) options.title = body.title;
      try {
        return analyze(text, options);
      } catch (e) {
        if (e instanceof StageError) throw e;
        throw new HttpError(400, (e as Error).message);
      }
    },
  );
}
