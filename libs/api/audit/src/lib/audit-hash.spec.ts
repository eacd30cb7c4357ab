import { GENESIS_HASH, hashAuditEvent, HashedFields } from './audit-hash';

const event: HashedFields = {
  chain: 'org-1',
  sequence: 1,
  organizationId: '7b0c9f3e-2f1e-4b8a-9d55-1f1d1c1a0b01',
  actorUserId: null,
  actorName: 'Petra Vogel',
  action: 'user.roles-changed',
  entityType: 'User',
  entityId: 'u-1',
  summary: { to: ['BUYER'], from: ['REQUESTER'] },
  occurredAt: new Date('2026-11-26T10:00:00.000Z'),
  prevHash: GENESIS_HASH,
};

describe('the audit hash', () => {
  it('is the SHA-256 of the canonical content, independent of key order', () => {
    const hash = hashAuditEvent(event);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashAuditEvent({ ...event, summary: { from: ['REQUESTER'], to: ['BUYER'] } })).toBe(hash);
  });

  it.each<[string, Partial<HashedFields>]>([
    ['the summary', { summary: { to: ['ADMIN'], from: ['REQUESTER'] } }],
    ['the action', { action: 'user.disabled' }],
    ['the time', { occurredAt: new Date('2026-11-26T10:00:00.001Z') }],
    ['the predecessor', { prevHash: 'f'.repeat(64) }],
    ['the position', { sequence: 2 }],
    ['the actor', { actorName: 'Mallory' }],
  ])('changes when %s changes', (_what, change) => {
    expect(hashAuditEvent({ ...event, ...change })).not.toBe(hashAuditEvent(event));
  });
});
