import { ArgsType, Field, Int, InterfaceType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString } from 'class-validator';

/**
 * Where a page of a keyset-paginated list starts: nothing for the first page, `after` the
 * `endCursor` of a page for the next, `before` its `startCursor` for the previous, `last` for the
 * last page. Each list's arguments extend this with their `limit` (and filters).
 */
@ArgsType()
export abstract class KeysetArgs {
  @Field(() => String, { nullable: true, description: 'The page after this cursor (a page\'s endCursor)' })
  @IsOptional() @IsString() after?: string | null;
  @Field(() => String, { nullable: true, description: 'The page before this cursor (a page\'s startCursor)' })
  @IsOptional() @IsString() before?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'The last page (ignored with after)' })
  @IsOptional() @IsBoolean() last?: boolean | null;
}

/**
 * A page of a keyset-paginated list: how many rows the whole list has, the cursors of the page's
 * first and last rows, and whether the list goes on either way. Every list's page implements it,
 * so that a client reads these fields with one fragment.
 */
@InterfaceType('KeysetPage', { description: 'A page of a list paged by keyset: its total and the cursors to move on' })
export abstract class KeysetPageType {
  @Field(() => Int, { description: 'Rows in the whole list' }) total!: number;
  @Field(() => String, { nullable: true, description: 'The cursor of the first row: `before` it is the previous page' }) startCursor!: string | null;
  @Field(() => String, { nullable: true, description: 'The cursor of the last row: `after` it is the next page' }) endCursor!: string | null;
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
}
