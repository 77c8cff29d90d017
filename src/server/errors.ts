// One error shape for every failure: { statusCode, error, message[, code] }. Client errors say what
// to fix; server errors are logged and say nothing about internals.
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance } from 'fastify';
import { StageError } from '../pipeline.js';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

export function addErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) request.log.error(error);
    const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    // An analyser failure names its stage: worth reporting as is; other internals stay private.
    let message = status < 500 || error instanceof StageError ? error.message : 'internal error';
    if (code === 'FST_ERR_VALIDATION') message = `invalid request: ${error.message}`;
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      message = `request body is larger than the limit of ${app.initialConfig.bodyLimit} bytes`;
    reply.status(status).send({
      statusCode: status,
      error: STATUS_CODES[status] ?? 'Error',
      message,
      ...(code ? { code } : {}),
    });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({
      statusCode: 404,
      error: 'Not Found',
      message: `no route ${request.method} ${request.url.split('?')[0]}`,
    });
  });
}
