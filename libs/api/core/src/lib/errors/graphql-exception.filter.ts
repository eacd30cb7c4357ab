import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';
import { ErrorCode } from '@bc/shared/domain';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../context/ctx.decorator';
import { AppError } from './app-error';
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

    const fromDatabase = inputErrorOfDatabase(exception);
    if (fromDatabase) {
      // A check is missing where the value was written: logged so it gets one, answered as the input error it is.
      this.logger.warn({ err: exception, requestId }, 'database refused a value: a validation is missing');
      return this.catch(fromDatabase, host);
    }
    const unavailable = unavailableErrorOfDatabase(exception);
    if (unavailable) {
      this.logger.warn({ err: exception, requestId }, 'database unavailable: answered UNAVAILABLE');
      return this.catch(unavailable, host);
    }
    if (exception instanceof AppError) {
      return new GraphQLError(exception.message, {
        extensions: {
          code: exception.code,
          ...(exception.options.field ? { field: exception.options.field } : {}),
          ...(exception.options.details ?? {}),
        },
      });
    }
    const code = exception instanceof HttpException ? errorCodeOfStatus(exception.getStatus()) : null;
    if (code) return new GraphQLError(exception instanceof Error ? exception.message : code, { extensions: { code } });
    if (exception instanceof GraphQLError) return exception;

    this.logger.error({ err: exception, requestId }, 'unexpected error');
    return new GraphQLError('Something went wrong on our side. Quote this request id if it happens again.', {
      extensions: { code: ErrorCode.INTERNAL, requestId },
    });
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
      body = { code: ErrorCode.INTERNAL, message: 'Something went wrong on our side. Quote this request id if it happens again.', ...(requestId ? { requestId } : {}) };
    }
    const status = error instanceof HttpException ? error.getStatus() : httpStatusOf(body['code'] as ErrorCode);
    if (typeof body['retryAfterSeconds'] === 'number') res.setHeader('Retry-After', String(body['retryAfterSeconds']));
    res.status(status).json({ statusCode: status, ...body });
  }
}
