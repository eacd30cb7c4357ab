import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Web types come from the committed API schema, never from API entities.
 * Enums are mapped onto the shared domain enums so `can(roles, Permission.X)` works on
 * what the API returns without casts.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['libs/web/**/*.graphql'],
  generates: {
    'libs/web/data-access/src/lib/graphql/generated.ts': {
      plugins: [
        'typescript-operations',
        'typescript-apollo-angular',
      ],
      config: {
        addExplicitOverride: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        immutableTypes: false,
        scalars: { DateTime: { input: 'string', output: 'string' } },
        enumValues: {
          Role: '@bc/shared/domain#Role',
          Permission: '@bc/shared/domain#Permission',
          OrganizationKind: '@bc/shared/domain#OrganizationKind',
          Locale: '@bc/shared/domain#Locale',
        },
      },
    },
  },
};

export default config;
