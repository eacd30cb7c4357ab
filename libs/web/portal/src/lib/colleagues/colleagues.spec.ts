import { Role } from '@bc/shared/domain';
import type { UserFieldsFragment } from '@bc/web/data-access';
import { colleagueOrder, isAdmin, otherActiveAdmins } from './colleagues.page';

const user = (id: string, name: string, roles: Role[], disabled = false): UserFieldsFragment =>
  ({ id, name, email: `${id}@hanse.example`, roles, disabled, locale: 'EN', lastSignInAt: null, createdAt: '2026-01-01T00:00:00Z' }) as UserFieldsFragment;

describe('the Colleagues page rules', () => {
  const felix = user('felix', 'Felix Brandt', [Role.SUPPLIER, Role.SUPPLIER_ADMIN]);
  const jana = user('jana', 'Jana Ostermann', [Role.SUPPLIER]);
  const kai = user('kai', 'Kai Peters', [Role.SUPPLIER, Role.SUPPLIER_ADMIN], true);

  it('knows the last active admin: a disabled admin does not count, as on the server', () => {
    expect(isAdmin(felix)).toBe(true);
    expect(otherActiveAdmins([felix, jana, kai], felix)).toBe(0);
    expect(otherActiveAdmins([felix, jana, { ...kai, disabled: false }], felix)).toBe(1);
  });

  it('lists admins first, then by name, disabled colleagues last', () => {
    expect([kai, jana, felix].sort(colleagueOrder).map((u) => u.id)).toEqual(['felix', 'jana', 'kai']);
  });
});
