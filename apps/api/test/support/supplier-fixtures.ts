import { PasswordService } from '@bc/api/identity';
import type { GraphQLClient } from './graphql-client';
import type { TestApp } from './test-app';

export const SUPPLIER_FIELDS = `id name description country website tags qualificationStatus blockedReason hasExpiredCertificate
  categories { code label prefix level parentCode }
  contacts { id name email phone position }
  certificates { id name issuer number validFrom validUntil expired file { id name } }
  documents { id title file { id name sizeBytes } }
  notes { id body authorName }
  reliability { score onTimeRate deliveries lateDeliveries qualityIncidents awards }
  performanceEvents { id kind occurredOn onTime }
  portalOrganization { id name kind }`;

export const CREATE_SUPPLIER = `mutation ($input: CreateSupplierInput!) { createSupplier(input: $input) { ${SUPPLIER_FIELDS} } }`;

/** A second buying organization with one user holding `roles`; returns a client signed in as that user. */
export async function secondTenant(app: TestApp, roles: string[] = ['BUYER', 'GATEKEEPER']): Promise<{ orgId: string; client: GraphQLClient }> {
  const [{ id: orgId }] = await app.dataSource.query(
    `INSERT INTO organization (name, kind, country) VALUES ('Südhafen Logistik AG', 'BUYING', 'DE') RETURNING id`,
  );
  const hash = await app.running.app.get(PasswordService).hash('südhafen buyer passphrase');
  await app.dataSource.query(
    `INSERT INTO app_user (organization_id, email, name, password_hash, roles) VALUES ($1, 'buyer@suedhafen.example', 'Ole Jensen', $2, $3)`,
    [orgId, hash, roles],
  );
  return { orgId, client: await app.client().signIn('buyer@suedhafen.example', 'südhafen buyer passphrase') };
}

export const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
