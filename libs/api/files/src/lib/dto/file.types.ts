import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('StoredFile', { description: 'An uploaded file; download it from GET /api/files/{id}' })
export class StoredFileType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() contentType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field({ description: 'SHA-256 of the content, hex' }) sha256!: string;
  @Field() createdAt!: Date;
}
