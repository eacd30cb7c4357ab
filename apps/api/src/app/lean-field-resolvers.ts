import { ValidationPipe, type PipeTransform } from '@nestjs/common';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { ParamsTokenFactory } from '@nestjs/core/pipes/params-token-factory';
import { FIELD_TYPENAME, PARAM_ARGS_METADATA } from '@nestjs/graphql';
// With its extension: the package's `exports` map deep paths as they are.
import { ResolversExplorerService } from '@nestjs/graphql/dist/services/resolvers-explorer.service.js';
import { isObservable, lastValueFrom } from 'rxjs';

/* Nest's internals this file reaches into, typed as far as it uses them. */
type Fn = (...args: unknown[]) => unknown;
interface ParamMeta {
  index: number;
  type: unknown;
  data: unknown;
  pipes: PipeTransform[];
  extractValue: Fn;
}
interface ContextCreator {
  getMetadata(instance: object, method: string, key: string, factory: unknown, type: string): { argsLength: number; getParamsMetadata(moduleKey: string): ParamMeta[] | null };
  getContextModuleKey(classRef: unknown): string;
  pipesContextCreator: { create(instance: object, callback: Fn, moduleKey: string): PipeTransform[] };
  filtersContextCreator: { create(instance: object, callback: Fn, moduleKey: string): { next(error: unknown, host: ExecutionContextHost): unknown } };
}
interface Explorer {
  externalContextCreator: ContextCreator;
  gqlParamsFactory: unknown;
  registerFieldMiddlewareIfExists(resolver: Fn, instance: object, method: string): Fn;
}
type CreateContextCallback = (this: Explorer, instance: object, prototype: Record<string, Fn>, wrapper: unknown, moduleRef: unknown, resolver: { type: string; methodName: string }, isRequestScoped: boolean, transform?: unknown) => unknown;

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
const tokens = new ParamsTokenFactory();
let installed = false;

/**
 * Field resolvers (`@ResolveField`) answered without Nest's per-call machinery, which is the bulk of a
 * list's CPU (issue 14): for every field of every row Nest runs an async chain of the exception-filter
 * proxy, the (empty) interceptor chain, and each parameter through the global pipes, a dozen promises
 * where the resolver itself makes one or none. What that chain does for a field resolver whose
 * parameters are all server objects (`@Parent()`, `@Ctx()`, `@Info()`, `@Context()`) is done here
 * directly, with the same effect:
 * - parameters: Nest's own extractors, by Nest's own metadata;
 * - pipes: the global ValidationPipe returns such a parameter as it is ('custom' metadata is never
 *   validated or transformed); a resolver with any other pipe, or with `@Args` (client input), keeps Nest's path;
 * - guards, interceptors: Nest applies none to field resolvers (only `fieldResolverEnhancers: ['filters']`);
 * - errors, thrown or rejected: through the same exception filters as Nest's proxy, so a nested field's
 *   error keeps its code (e.g. a sealed RFQ's `quotes`).
 * A resolver that answers synchronously is answered synchronously; an Observable is awaited as Nest does.
 * Installed once, before GraphQLModule explores the resolvers; fails at start if Nest's internals moved.
 */
export function useLeanFieldResolvers(): void {
  if (installed) return;
  const proto = ResolversExplorerService.prototype as unknown as { createContextCallback: CreateContextCallback };
  const original = proto.createContextCallback;
  if (typeof original !== 'function' || typeof (proto as unknown as Explorer).registerFieldMiddlewareIfExists !== 'function') {
    throw new Error('@nestjs/graphql changed: ResolversExplorerService no longer has createContextCallback; see lean-field-resolvers.ts');
  }
  installed = true;
  proto.createContextCallback = function (this: Explorer, ...args: Parameters<CreateContextCallback>) {
    const [instance, prototype, , , resolver, isRequestScoped] = args;
    const field = !isRequestScoped && !ROOT_TYPES.has(resolver.type) && resolver.methodName !== FIELD_TYPENAME;
    const lean = field ? leanResolver(this, instance, prototype[resolver.methodName]?.bind(instance), resolver.methodName) : undefined;
    if (lean) return this.registerFieldMiddlewareIfExists(lean, instance, resolver.methodName);
    return original.apply(this, args);
  };
}

/** The direct resolver of `method`, or undefined when one of its parameters needs Nest's pipes. */
function leanResolver(explorer: Explorer, instance: object, method: Fn | undefined, methodName: string): Fn | undefined {
  if (!method) return undefined;
  const creator = explorer.externalContextCreator;
  const callback = (instance as Record<string, Fn>)[methodName];
  const moduleKey = creator.getContextModuleKey(instance.constructor);
  const { argsLength, getParamsMetadata } = creator.getMetadata(instance, methodName, PARAM_ARGS_METADATA, explorer.gqlParamsFactory, 'graphql');
  const params = getParamsMetadata(moduleKey) ?? [];
  const serverObjects = params.every((p) => p.pipes.length === 0 && tokens.exchangeEnumForString(p.type as never) === 'custom');
  const pipes = creator.pipesContextCreator.create(instance, callback, moduleKey);
  if (!serverObjects || !pipes.every((p) => p instanceof ValidationPipe)) return undefined;
  const filters = creator.filtersContextCreator.create(instance, callback, moduleKey);
  const failed = (error: unknown, args: unknown[]) => {
    const host = new ExecutionContextHost(args);
    host.setType('graphql');
    return filters.next(error, host);
  };
  return (...args: unknown[]) => {
    try {
      let result: unknown;
      if (params.length === 0) result = method(...args);
      else {
        const values: unknown[] = new Array(argsLength).fill(null);
        for (const p of params) values[p.index] = p.extractValue(...args);
        result = method(...values);
      }
      if (isObservable(result)) result = lastValueFrom(result);
      return isThenable(result) ? Promise.resolve(result).catch((e: unknown) => failed(e, args)) : result;
    } catch (e) {
      return failed(e, args);
    }
  };
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null | undefined)?.then === 'function';
