import { BUYING_ROLES, OrganizationKind, Role } from '@bc/shared/domain';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD } from './demo-data';

describe('the demo data', () => {
  it('has one buying organization with one user per buying role', () => {
    const buying = DEMO_ORGANIZATIONS.filter((o) => o.kind === OrganizationKind.BUYING);
    expect(buying).toHaveLength(1);
    expect(buying[0].users.flatMap((u) => u.roles).sort()).toEqual([...BUYING_ROLES].sort());
  });

  it('has two supplier companies, each with one user who is also its admin', () => {
    const suppliers = DEMO_ORGANIZATIONS.filter((o) => o.kind === OrganizationKind.SUPPLIER);
    expect(suppliers).toHaveLength(2);
    for (const s of suppliers) expect(s.users.map((u) => u.roles)).toEqual([[Role.SUPPLIER, Role.SUPPLIER_ADMIN]]);
  });

  it('uses a password the password rules accept', () => {
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(8);
  });
});
