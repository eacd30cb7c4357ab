import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('OpenDataSettings', { description: 'How the organization publishes its cases as OCDS 1.1.5 open data' })
export class OpenDataSettingsType {
  @Field(() => String, { nullable: true, description: 'The ocid prefix registered with the Open Contracting Partnership (`ocds-` and six lowercase letters or digits); none until an admin sets it' })
  ocidPrefix!: string | null;
  @Field({ description: 'Contact persons (names, emails, phones) appear in the parties; otherwise only organizations' })
  includeContacts!: boolean;
  @Field({ description: 'The released packages are also served, unauthenticated, at publicPath' })
  publicPublishing!: boolean;
  @Field(() => String, { nullable: true, description: 'Where the public feed is served (while public publishing is on)' })
  publicPath!: string | null;
  @Field(() => Date, { nullable: true, description: 'None while the defaults apply' })
  updatedAt!: Date | null;
}
