import 'reflect-metadata';
import { ArgumentMetadata, Catch, INestApplication, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Args, Context, Field, GqlExceptionFilter, GraphQLModule, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import { GraphQLError } from 'graphql';
import { useLeanFieldResolvers } from './lean-field-resolvers';

class Refusal extends Error {}

@Catch()
class RefusalFilter implements GqlExceptionFilter {
  catch(exception: unknown) {
    return exception instanceof Refusal ? new GraphQLError(exception.message, { extensions: { code: 'REFUSED' } }) : exception;
  }
}

/** The global pipe, counting what it is handed: which parameters took Nest's path. */
const piped: string[] = [];
class CountingPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata) {
    piped.push(`${metadata.type}:${metadata.data ?? ''}`);
    return super.transform(value, metadata);
  }
}

@ObjectType()
class Thing {
  @Field()
  id!: string;
}

@Resolver(() => Thing)
class ThingResolver {
  @Query(() => [Thing])
  things(): Thing[] {
    return [{ id: 'a' }, { id: 'b' }];
  }

  @ResolveField(() => String)
  label(@Parent() thing: Thing, @Context() context: { marker: string }): string {
    return `${thing.id} ${context.marker}`;
  }

  @ResolveField(() => String)
  async later(@Parent() thing: Thing): Promise<string> {
    return `later ${thing.id}`;
  }

  @ResolveField(() => String, { nullable: true })
  thrown(@Parent() thing: Thing): string {
    throw new Refusal(`thrown ${thing.id}`);
  }

  @ResolveField(() => String, { nullable: true })
  async rejected(@Parent() thing: Thing): Promise<string> {
    throw new Refusal(`rejected ${thing.id}`);
  }

  @ResolveField(() => String)
  echo(@Parent() thing: Thing, @Args('text') text: string): string {
    return `${thing.id} ${text}`;
  }
}

describe('field resolvers of server objects only, called directly (lean-field-resolvers)', () => {
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    useLeanFieldResolvers();
    const module = await Test.createTestingModule({
      imports: [
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          fieldResolverEnhancers: ['filters'],
          context: () => ({ marker: 'ctx' }),
        }),
      ],
      providers: [ThingResolver, { provide: APP_PIPE, useClass: CountingPipe }, { provide: APP_FILTER, useClass: RefusalFilter }],
    }).compile();
    app = module.createNestApplication();
    await app.listen(0, '127.0.0.1');
    url = `${await app.getUrl()}/graphql`;
  });

  afterAll(() => app?.close());

  const ask = async (query: string) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return (await res.json()) as { data?: { things: Array<Record<string, string | null>> }; errors?: Array<{ message: string; path: unknown[]; extensions: { code?: string } }> };
  };

  it('answers with the parent and the context, without running the global pipe for them', async () => {
    piped.length = 0;
    const body = await ask('{ things { id label later } }');
    expect(body).toEqual({ data: { things: [{ id: 'a', label: 'a ctx', later: 'later a' }, { id: 'b', label: 'b ctx', later: 'later b' }] } });
    expect(piped).toEqual([]);
  });

  it('keeps Nest\'s path (and its pipes) for a field resolver that takes client input', async () => {
    piped.length = 0;
    const body = await ask('{ things { echo(text: "hi") } }');
    expect(body.data?.things).toEqual([{ echo: 'a hi' }, { echo: 'b hi' }]);
    expect(piped.filter((p) => p === 'body:text')).toHaveLength(2);
  });

  it('hands thrown and rejected errors to the exception filters, which give them their code', async () => {
    const body = await ask('{ things { id thrown rejected } }');
    const errors = (body.errors ?? []).map((e) => [e.path.join('.'), e.message, e.extensions.code]).sort();
    expect(errors).toEqual([
      ['things.0.rejected', 'rejected a', 'REFUSED'],
      ['things.0.thrown', 'thrown a', 'REFUSED'],
      ['things.1.rejected', 'rejected b', 'REFUSED'],
      ['things.1.thrown', 'thrown b', 'REFUSED'],
    ]);
  });
});
