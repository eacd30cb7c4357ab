import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';
import { ErrorCode } from '@bc/shared/domain';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../context/ctx.decorator';
import { AppError } from './app-error';
import { expectedErrorOf, extensionsOf, INTERNAL_MESSAGE } from './expected-error';
import { inputErrorOfDatabase, unavailableErrorOfDatabase } from './database-errors';
import { errorCodeOfStatus, httpStatusOf } from './http-status';

/**
 * Every error a resolver or a REST route throws passes here: one rule for both. Expected failures
 * keep their code, message and field (GraphQL: in the error's extensions; REST: a JSON body
 * `{ statusCode, code, message, field?, ...details }` with the code's HTTP status); anything else is
 * logged with the request id and answered INTERNAL, without internals.
 */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQLExceptionFilter');

  override catch(exception: unknown, host: ArgumentsHost): GraphQLError | unknown {
    if (host.getType<string>() !== 'graphql') return this.answerHttp(exception, host);
    const ctx = GqlArgumentsHost.create(host).getContext<GraphQLContext>()?.ctx;
    const requestId = ctx?.requestId;

    const expected = expectedErrorOf(exception);
    if (expected) {
      // A warning marks a gap of ours (a missing validation) or an outage: logged with the request, answered by its code.
      if (expected.warning) this.logger.warn({ err: exception, requestId }, expected.warning);
      return new GraphQLError(expected.error.message, { extensions: extensionsOf(expected.error) });
    }
    if (exception instanceof GraphQLError) return exception;

    this.logger.error({ err: exception, requestId }, 'unexpected error');
    // The request id is added to every INTERNAL answer by `requestIdOnInternalPlugin`.
    return new GraphQLError(INTERNAL_MESSAGE, { extensions: { code: ErrorCode.INTERNAL } });
  }

  /** A REST route's error as JSON with the status of its code; Nest's own answers for what has no code (a failing health check's 503). */
  private answerHttp(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const req = http.getRequest<Request & { id?: string }>();
    if (res.headersSent) return;
    const unavailable = unavailableErrorOfDatabase(exception);
    if (unavailable) this.logger.warn({ err: exception, requestId: req.id }, 'database unavailable: answered UNAVAILABLE');
    const error = inputErrorOfDatabase(exception) ?? unavailable ?? exception;
    if (error instanceof HttpException && !errorCodeOfStatus(error.getStatus())) return super.catch(error, host);
    let body: Record<string, unknown>;
    if (error instanceof AppError) {
      body = { code: error.code, message: error.message, ...(error.options.field ? { field: error.options.field } : {}), ...(error.options.details ?? {}) };
    } else if (error instanceof HttpException) {
      const answer = error.getResponse();
      const own = typeof answer === 'object' && answer !== null ? (answer as Record<string, unknown>) : {};
      const ownCode = typeof own['code'] === 'string' && (Object.values(ErrorCode) as string[]).includes(own['code']) ? own['code'] : null;
      body = { code: ownCode ?? errorCodeOfStatus(error.getStatus()), message: error.message, ...(typeof own['field'] === 'string' ? { field: own['field'] } : {}) };
    } else {
      const requestId = req.id ?? (req.headers['x-request-id'] as string | undefined);
      this.logger.error({ err: exception, requestId }, 'unexpected error');
      body = { code: ErrorCode.INTERNAL, message: INTERNAL_MESSAGE, ...(requestId ? { requestId } : {}) };
    }
    const status = error instanceof HttpException ? error.getStatus() : httpStatusOf(body['code'] as ErrorCode);
    if (typeof body['retryAfterSeconds'] === 'number') res.setHeader('Retry-After', String(body['retryAfterSeconds']));
    res.status(status).json({ statusCode: status, ...body });
  }
}
