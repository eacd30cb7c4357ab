import { InvitationStatus, PortalInvitationState, portalInvitationState, QuoteStatus } from './rfq';

const base = { status: InvitationStatus.VIEWED, quoteStatus: null, revisions: 0, inOpenRound: false, awarded: null };

describe('portalInvitationState: the one state an invitation card shows', () => {
  it.each([
    ['a new invitation', { status: InvitationStatus.SENT }, PortalInvitationState.INVITED],
    ['an opened one', {}, PortalInvitationState.VIEWED],
    ['a saved draft', { quoteStatus: QuoteStatus.DRAFT }, PortalInvitationState.DRAFT],
    ['one submission', { status: InvitationStatus.QUOTED, quoteStatus: QuoteStatus.SUBMITTED, revisions: 1 }, PortalInvitationState.SUBMITTED],
    ['a later revision', { status: InvitationStatus.QUOTED, quoteStatus: QuoteStatus.SUBMITTED, revisions: 3 }, PortalInvitationState.REVISED],
    ['a withdrawn quote', { quoteStatus: QuoteStatus.WITHDRAWN, revisions: 1 }, PortalInvitationState.WITHDRAWN],
    ['a decline', { status: InvitationStatus.DECLINED }, PortalInvitationState.DECLINED],
    ['an open round over a submitted quote', { status: InvitationStatus.QUOTED, quoteStatus: QuoteStatus.SUBMITTED, revisions: 2, inOpenRound: true }, PortalInvitationState.IN_ROUND],
    ['the award over everything but a decline', { status: InvitationStatus.QUOTED, quoteStatus: QuoteStatus.SUBMITTED, revisions: 2, awarded: true }, PortalInvitationState.AWARDED],
    ['another supplier awarded', { status: InvitationStatus.QUOTED, quoteStatus: QuoteStatus.SUBMITTED, revisions: 1, awarded: false }, PortalInvitationState.NOT_AWARDED],
    ['a decline stays a decline after the award', { status: InvitationStatus.DECLINED, awarded: false }, PortalInvitationState.DECLINED],
  ] as const)('%s', (_what, facts, state) => {
    expect(portalInvitationState({ ...base, ...facts })).toBe(state);
  });
});
