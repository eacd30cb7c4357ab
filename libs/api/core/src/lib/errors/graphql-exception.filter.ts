import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';
import { ErrorCode } from '@bc/shared/domain';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../context/ctx.decorator';
import { AppError } from './app-error';
import { inputErrorOfDatabase } from './database-errors';

/** HTTP exceptions Nest itself may raise, by status. */
const HTTP_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.VALIDATION_FAILED,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  429: ErrorCode.RATE_LIMITED,
};

/**
 * Every error a resolver throws passes here. Expected failures keep their code, message and
 * field; anything else is logged with the request id and answered without internals.
 */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQLExceptionFilter');

  override catch(exception: unknown, host: ArgumentsHost): GraphQLError | unknown {
    // Plain HTTP routes (health) get Nest's own JSON answers, which carry no internals.
    if (host.getType<string>() !== 'graphql') return super.catch(exception, host);
    const ctx = GqlArgumentsHost.create(host).getContext<GraphQLContext>()?.ctx;
    const requestId = ctx?.requestId;

    const fromDatabase = inputErrorOfDatabase(exception);
    if (fromDatabase) {
      // A check is missing where the value was written: logged so it gets one, answered as the input error it is.
      this.logger.warn({ err: exception, requestId }, 'database refused a value: a validation is missing');
      return this.catch(fromDatabase, host);
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
    if (exception instanceof HttpException && HTTP_CODES[exception.getStatus()]) {
      return new GraphQLError(exception.message, { extensions: { code: HTTP_CODES[exception.getStatus()] } });
    }
    if (exception instanceof GraphQLError) return exception;

    this.logger.error({ err: exception, requestId }, 'unexpected error');
    return new GraphQLError('Something went wrong on our side. Quote this request id if it happens again.', {
      extensions: { code: ErrorCode.INTERNAL, requestId },
    });
  }
}
