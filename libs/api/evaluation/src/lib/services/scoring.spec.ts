import { CriterionKind, Role } from '@bc/shared/domain';
import { scoringRole } from './scoring.service';

describe('who scores what (the buying center)', () => {
  it('counts specifiers on technical criteria and buyers on commercial ones, both on reliability', () => {
    expect(scoringRole([Role.SPECIFIER], CriterionKind.TECHNICAL)).toEqual({ role: Role.SPECIFIER, counted: true });
    expect(scoringRole([Role.SPECIFIER], CriterionKind.COMMERCIAL)).toBeNull();
    expect(scoringRole([Role.BUYER], CriterionKind.COMMERCIAL)).toEqual({ role: Role.BUYER, counted: true });
    expect(scoringRole([Role.BUYER], CriterionKind.TECHNICAL)).toBeNull();
    expect(scoringRole([Role.SPECIFIER], CriterionKind.RELIABILITY)).toEqual({ role: Role.SPECIFIER, counted: true });
    expect(scoringRole([Role.BUYER], CriterionKind.RELIABILITY)).toEqual({ role: Role.BUYER, counted: true });
  });

  it('lets an advisor score any non-price criterion, not counted', () => {
    for (const kind of [CriterionKind.TECHNICAL, CriterionKind.COMMERCIAL, CriterionKind.RELIABILITY]) {
      expect(scoringRole([Role.ADVISOR], kind)).toEqual({ role: Role.ADVISOR, counted: false });
    }
  });

  it('counts a user in two roles in the role that fits the criterion', () => {
    expect(scoringRole([Role.ADVISOR, Role.BUYER], CriterionKind.COMMERCIAL)).toEqual({ role: Role.BUYER, counted: true });
    expect(scoringRole([Role.ADVISOR, Role.BUYER], CriterionKind.TECHNICAL)).toEqual({ role: Role.ADVISOR, counted: false });
    expect(scoringRole([Role.BUYER, Role.SPECIFIER], CriterionKind.TECHNICAL)).toEqual({ role: Role.SPECIFIER, counted: true });
    expect(scoringRole([Role.BUYER, Role.SPECIFIER], CriterionKind.COMMERCIAL)).toEqual({ role: Role.BUYER, counted: true });
  });

  it('leaves price to the server and everyone else out', () => {
    expect(scoringRole([Role.SPECIFIER, Role.BUYER, Role.ADVISOR], CriterionKind.PRICE)).toBeNull();
    for (const role of [Role.REQUESTER, Role.GATEKEEPER, Role.DECIDER, Role.ADMIN, Role.SUPPLIER]) {
      expect(scoringRole([role], CriterionKind.TECHNICAL)).toBeNull();
    }
  });
});
