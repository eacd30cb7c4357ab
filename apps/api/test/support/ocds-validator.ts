import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { OCDS_SCHEMA_DIR } from '@bc/api/open-data/testing';

/**
 * Validates OCDS packages against the official OCDS 1.1.5 schemas kept in the repository
 * (libs/api/open-data/src/schema/ocds-1.1.5), with ajv in draft-04 mode, and checks closed
 * codelist values against the standard's CSV codelists.
 */
const schema = (name: string) => JSON.parse(readFileSync(join(OCDS_SCHEMA_DIR, name), 'utf8'));
const RELEASE = schema('release-schema.json');

/**
 * The record package schema refers to a record schema the copy does not hold; this stands in for
 * it with OCDS 1.1's record rules: an ocid and its releases (each a full release here), and a
 * compiled release that is a release.
 */
const RECORD_STAND_IN = {
  id: 'https://standard.open-contracting.org/schema/1__2__0/record-schema.json',
  $schema: 'http://json-schema.org/draft-04/schema#',
  type: 'object',
  required: ['ocid', 'releases'],
  properties: {
    ocid: { type: 'string', minLength: 1 },
    releases: { type: 'array', minItems: 1, items: { $ref: RELEASE.id } },
    compiledRelease: { $ref: RELEASE.id },
  },
};

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(RELEASE);
ajv.addSchema(RECORD_STAND_IN);
const releasePackage = ajv.compile(schema('release-package-schema.json'));
const recordPackage = ajv.compile(schema('record-package-schema.json'));

export function schemaErrors(kind: 'release' | 'record', body: unknown): string[] {
  const validate = kind === 'release' ? releasePackage : recordPackage;
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

const codes = new Map<string, Set<string>>();
export function codelist(name: string): Set<string> {
  if (!codes.has(name)) {
    const rows: Array<Record<string, string>> = parse(readFileSync(join(OCDS_SCHEMA_DIR, 'codelists', `${name}.csv`)), { columns: true });
    codes.set(name, new Set(rows.map((r) => r['Code'])));
  }
  return codes.get(name)!;
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every closed-codelist value the export writes, checked against the CSVs; returns the offenders. */
export function codelistErrors(releases: Json[]): string[] {
  const bad: string[] = [];
  const check = (list: string, value: unknown, where: string) => {
    if (value !== undefined && !codelist(list).has(String(value))) bad.push(`${where}: ${String(value)} is not in ${list}`);
  };
  const values = (v: Json) => v?.amount !== undefined && v.currency;
  for (const r of releases) {
    for (const t of r.tag ?? []) check('releaseTag', t, `${r.id}.tag`);
    check('initiationType', r.initiationType, `${r.id}.initiationType`);
    check('language', r.language, `${r.id}.language`);
    const tender = r.tender ?? {};
    check('tenderStatus', tender.status, `${r.id}.tender.status`);
    check('method', tender.procurementMethod, `${r.id}.tender.procurementMethod`);
    check('awardCriteria', tender.awardCriteria, `${r.id}.tender.awardCriteria`);
    check('procurementCategory', tender.mainProcurementCategory, `${r.id}.tender.mainProcurementCategory`);
    for (const s of tender.submissionMethod ?? []) check('submissionMethod', s, `${r.id}.tender.submissionMethod`);
    const items = [...(tender.items ?? []), ...(r.awards ?? []).flatMap((a: Json) => a.items ?? [])];
    for (const i of items) {
      check('classificationScheme', i.classification?.scheme, `${r.id}.items.classification`);
      if (values(i.unit?.value)) check('currency', i.unit.value.currency, `${r.id}.items.unit`);
    }
    for (const p of r.parties ?? []) for (const role of p.roles ?? []) check('partyRole', role, `${r.id}.parties.${p.id}`);
    const documents = [...(tender.documents ?? []), ...(r.awards ?? []).flatMap((a: Json) => a.documents ?? [])];
    for (const d of documents) {
      check('documentType', d.documentType, `${r.id}.documents.${d.id}`);
      check('mediaType', d.format, `${r.id}.documents.${d.id}.format`);
      check('language', d.language, `${r.id}.documents.${d.id}.language`);
    }
    for (const a of r.awards ?? []) {
      check('awardStatus', a.status, `${r.id}.awards.${a.id}`);
      if (values(a.value)) check('currency', a.value.currency, `${r.id}.awards.${a.id}.value`);
    }
  }
  return bad;
}
