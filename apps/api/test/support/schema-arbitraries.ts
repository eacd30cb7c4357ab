import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isLeafType,
} from 'graphql';

/** The schema the repository commits (apps/api/schema.gql): what clients are told they may send. */
export function committedSchema(): GraphQLSchema {
  return buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8'));
}

/** One operation with its variables, ready to POST. */
export interface FuzzRequest {
  operation: 'query' | 'mutation';
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Known ids (of this organization, of another one, of nothing) mixed into every ID argument. */
export interface FuzzContext {
  ids: string[];
}

const BIDI = ['\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u061c'];

/** Text of every shape that has hurt a server: NUL and other control characters, bidi overrides, lone surrogates, huge lengths, numbers and dates in disguise. */
export function hostileString(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 })).map(([a, b]) => `${a}\u0000${b}`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...BIDI), fc.string({ maxLength: 20 })).map(([b, s]) => `${b}${s}`) },
    { weight: 1, arbitrary: fc.constantFrom('\ud800', 'a\udfffb', '\u0001\u0002\u001f', '\ufeff', '\u2028\u2029', '🏭'.repeat(3)) },
    { weight: 1, arbitrary: fc.integer({ min: 201, max: 120_000 }).map((n) => 'x'.repeat(n)) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '0', '0.000', '-1', '-0', '1e308', '1e-308', 'NaN', 'Infinity', '99999999999999999999', '0.00000001',
        '12.5', '1,5', '00001', '1.23456789', '999999999999.9999', '99999999999.999',
      ),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '9999-12-31', '0001-01-01', '1899-12-31', '2026-02-30', '2026-13-01', '2026-06-15', '275760-09-13',
        '9999-12-31T23:59:59Z', '1970-01-01T00:00:00Z', '2026-06-15T10:00:00+14:00',
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom('42122000-0', '00000000-0', 'de', 'en', 'EUR', 'XXX', 'eur', '€', 'admin@nordwind.example') },
    { weight: 1, arbitrary: fc.constantFrom("' OR '1'='1", '%', '_', '\\', '%_\\', '<script>', '${x}', '{{x}}', '=1+1', '../../etc/passwd') },
  );
}

function hostileId(context: FuzzContext): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: context.ids.length ? fc.constantFrom(...context.ids) : fc.uuid() },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: hostileString() },
    { weight: 1, arbitrary: fc.constantFrom('', '0', '-1', '00000000-0000-0000-0000-000000000000', 'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF') },
  );
}

function hostileInt(): fc.Arbitrary<number> {
  return fc.oneof(
    fc.integer({ min: -2147483648, max: 2147483647 }),
    fc.integer({ min: -5, max: 120 }),
    fc.constantFrom(0, -1, 1, 2147483647, -2147483648, 1_000_000, 365_000),
  );
}

function hostileFloat(): fc.Arbitrary<number> {
  return fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(0, -0, -1, 1e308, -1e308, 5e-324, 1e15, 1e16, 0.001, 10_000, 100_000, 1.5),
  );
}

function hostileDateTime(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((d) => d.toISOString()),
    fc.date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
    hostileString(),
  );
}

/** Values of any JSON type, for the occasional argument of the wrong type. */
const wrongType = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 5 }), fc.constant({}), fc.constant([]));

/** Values for an input type: mostly well typed (so they get past GraphQL to the resolvers), now and then not. */
export function inputValue(type: GraphQLInputType, context: FuzzContext, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return fc.oneof({ weight: 30, arbitrary: inputValue(type.ofType, context, depth) }, { weight: 1, arbitrary: wrongType });
  }
  const nullable = (arbitrary: fc.Arbitrary<unknown>) => fc.oneof({ weight: 6, arbitrary }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type)) {
    return nullable(fc.array(inputValue(type.ofType, context, depth + 1), { maxLength: depth > 2 ? 1 : 4 }));
  }
  if (isEnumType(type)) {
    return nullable(fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.value as string)) }, { weight: 1, arbitrary: fc.constant('NOT_A_VALUE') }));
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) record[f.name] = inputValue(f.type, context, depth + 1);
    const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name);
    return nullable(fc.record(record, { requiredKeys: required as never[] }));
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'String':
        return nullable(hostileString());
      case 'ID':
        return nullable(hostileId(context));
      case 'Int':
        return nullable(hostileInt());
      case 'Float':
        return nullable(hostileFloat());
      case 'Boolean':
        return nullable(fc.boolean());
      case 'DateTime':
        return nullable(hostileDateTime());
      default:
        return nullable(hostileString());
    }
  }
  throw new Error(`no arbitrary for ${String(type)}`);
}

/** Scalar fields without arguments of the result, so resolvers of the answer run too. */
function selection(type: GraphQLNamedType): string {
  if (isLeafType(type)) return '';
  if (!isObjectType(type)) return '{ __typename }';
  const scalars = Object.values(type.getFields())
    .filter((f) => f.args.length === 0 && isLeafType(getNamedType(f.type)))
    .map((f) => f.name);
  return `{ __typename ${scalars.join(' ')} }`;
}

function document(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args as readonly GraphQLArgument[];
  const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${operation}${declared ? ` (${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection(getNamedType(field.type))} }`;
}

/** Every query and mutation of the schema with an arbitrary of its variables (except those named in `skip`). */
export function operationArbitraries(schema: GraphQLSchema, context: FuzzContext, skip: ReadonlySet<string>): Array<{ name: string; arbitrary: fc.Arbitrary<FuzzRequest> }> {
  const out: Array<{ name: string; arbitrary: fc.Arbitrary<FuzzRequest> }> = [];
  for (const operation of ['query', 'mutation'] as const) {
    const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (skip.has(field.name)) continue;
      const query = document(operation, field);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const a of field.args) record[a.name] = inputValue(a.type, context);
      const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => a.name);
      out.push({
        name: `${operation} ${field.name}`,
        arbitrary: fc.record(record, { requiredKeys: required as never[] }).map((variables) => ({ operation, field: field.name, query, variables })),
      });
    }
  }
  return out;
}
