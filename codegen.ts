import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Web types come from the committed API schema, never from API entities.
 * Role, Permission and OrganizationKind are mapped onto the shared domain enums (same names
 * and values), so `can(roles, Permission.X)` works on what the API returns without casts.
 * Locale is not: on the wire it is `EN`/`DE` (GraphQL enum names), while the shared enum's
 * values are `en`/`de`; data-access converts at the boundary (locale.ts).
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
        // Apollo is loaded with the first operation, not with the app (GraphqlClient): the services
        // live in the injector made with it, and every document is pure, so the bundler keeps only
        // the ones a chunk uses.
        ngModule: './graphql-scope#GraphqlScope',
        pureMagicComment: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        immutableTypes: false,
        scalars: { DateTime: { input: 'string', output: 'string' } },
        enumValues: {
          Role: '@bc/shared/domain#Role',
          Permission: '@bc/shared/domain#Permission',
          OrganizationKind: '@bc/shared/domain#OrganizationKind',
          PurchaseType: '@bc/shared/domain#PurchaseType',
          ImportanceClass: '@bc/shared/domain#ImportanceClass',
          CaseStage: '@bc/shared/domain#CaseStage',
          NeedStatus: '@bc/shared/domain#NeedStatus',
          SpecificationStatus: '@bc/shared/domain#SpecificationStatus',
          RequirementKind: '@bc/shared/domain#RequirementKind',
          ShortlistStatus: '@bc/shared/domain#ShortlistStatus',
          ShortlistDecision: '@bc/shared/domain#ShortlistDecision',
          ShortlistSource: '@bc/shared/domain#ShortlistSource',
          TransitionBlocker: '@bc/shared/domain#TransitionBlocker',
          QualificationStatus: '@bc/shared/domain#QualificationStatus',
          PerformanceEventKind: '@bc/shared/domain#PerformanceEventKind',
          CertificateFilter: '@bc/shared/domain#CertificateFilter',
        },
      },
    },
  },
};

export default config;
