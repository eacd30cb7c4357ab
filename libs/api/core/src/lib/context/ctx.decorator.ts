import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext } from './request-context';

export interface GraphQLContext {
  ctx: RequestContext;
}

export function requestContextOf(context: ExecutionContext): RequestContext {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().ctx;
  }
  const req = context.switchToHttp().getRequest<{ ctx?: RequestContext }>();
  if (!req.ctx) throw new Error('No RequestContext on this request');
  return req.ctx;
}

/** The request's context: `@Ctx() ctx: RequestContext`. */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext) => requestContextOf(context));
