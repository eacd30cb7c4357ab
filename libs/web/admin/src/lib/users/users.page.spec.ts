import { Role } from '@bc/shared/domain';
import { InvitationFieldsFragment } from '@bc/web/data-access';
import { isPending } from './users.page';

describe('pending invitations', () => {
  const now = Date.parse('2026-06-01T12:00:00Z');
  const invitation = (changes: Partial<InvitationFieldsFragment>): InvitationFieldsFragment => ({
    id: 'i1',
    email: 'new@nordwind.example',
    roles: [Role.REQUESTER],
    createdAt: '2026-05-30T12:00:00Z',
    expiresAt: '2026-06-06T12:00:00Z',
    acceptedAt: null,
    revokedAt: null,
    ...changes,
  });

  it('are those neither accepted, revoked nor expired', () => {
    expect(isPending(invitation({}), now)).toBe(true);
    expect(isPending(invitation({ acceptedAt: '2026-05-31T08:00:00Z' }), now)).toBe(false);
    expect(isPending(invitation({ revokedAt: '2026-05-31T08:00:00Z' }), now)).toBe(false);
    expect(isPending(invitation({ expiresAt: '2026-06-01T11:59:59Z' }), now)).toBe(false);
  });
});
