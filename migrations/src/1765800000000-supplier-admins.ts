import { MigrationInterface, QueryRunner } from 'typeorm';

const BUYING = `'ADMIN','REQUESTER','SPECIFIER','BUYER','GATEKEEPER','ADVISOR','DECIDER'`;

/**
 * A supplier company has an admin (SUPPLIER_ADMIN), who invites colleagues into it. The role joins
 * the roles a user may hold (which roles fit which kind of organization is the API's rule,
 * `rolesAllowedFor`). Every existing supplier company without an admin makes its earliest user admin
 * (the earliest active one, if any is active).
 */
export class SupplierAdmins1765800000000 implements MigrationInterface {
  name = 'SupplierAdmins1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_roles_check`);
    await q.query(`ALTER TABLE app_user ADD CONSTRAINT app_user_roles_check CHECK (roles <@ ARRAY[${BUYING},'SUPPLIER','SUPPLIER_ADMIN']::text[])`);
    await q.query(`
      UPDATE app_user u SET roles = array_append(u.roles, 'SUPPLIER_ADMIN')
      FROM (
        SELECT DISTINCT ON (a.organization_id) a.id
        FROM app_user a JOIN organization o ON o.id = a.organization_id
        WHERE o.kind = 'SUPPLIER'
          AND NOT EXISTS (SELECT 1 FROM app_user b WHERE b.organization_id = a.organization_id AND 'SUPPLIER_ADMIN' = ANY (b.roles))
        ORDER BY a.organization_id, a.disabled_at IS NOT NULL, a.created_at, a.id
      ) first
      WHERE u.id = first.id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE app_user SET roles = array_remove(roles, 'SUPPLIER_ADMIN') WHERE 'SUPPLIER_ADMIN' = ANY (roles)`);
    await q.query(`UPDATE invitation SET roles = array_remove(roles, 'SUPPLIER_ADMIN') WHERE 'SUPPLIER_ADMIN' = ANY (roles)`);
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_roles_check`);
    await q.query(`ALTER TABLE app_user ADD CONSTRAINT app_user_roles_check CHECK (roles <@ ARRAY[${BUYING},'SUPPLIER']::text[])`);
  }
}
