import { ErrorCode, PurchaseType } from '@bc/shared/domain';
import { biddingDaysOf, minimumsOf, purchaseTypeAtFault, toPolicyInput } from './policy.page';

describe('the purchasing policy form', () => {
  it('sends every purchase type with its minimum as a number', () => {
    expect(
      toPolicyInput({ [PurchaseType.NEW_TASK]: 4, [PurchaseType.MODIFIED_REBUY]: 2, [PurchaseType.STRAIGHT_REBUY]: 1 }),
    ).toEqual({
      minimumSuppliers: [
        { purchaseType: PurchaseType.NEW_TASK, minimum: 4 },
        { purchaseType: PurchaseType.MODIFIED_REBUY, minimum: 2 },
        { purchaseType: PurchaseType.STRAIGHT_REBUY, minimum: 1 },
      ],
    });
  });

  it('shows what the API answered, the shared default for a type it left out', () => {
    expect(
      minimumsOf({ updatedAt: null, minimumSuppliers: [{ purchaseType: PurchaseType.NEW_TASK, minimum: 5 }], minimumBiddingDays: [] }),
    ).toEqual({ [PurchaseType.NEW_TASK]: 5, [PurchaseType.MODIFIED_REBUY]: 2, [PurchaseType.STRAIGHT_REBUY]: 1 });
    expect(
      biddingDaysOf({ updatedAt: null, minimumSuppliers: [], minimumBiddingDays: [{ purchaseType: PurchaseType.STRAIGHT_REBUY, days: 1 }] }),
    ).toEqual({ [PurchaseType.NEW_TASK]: 10, [PurchaseType.MODIFIED_REBUY]: 5, [PurchaseType.STRAIGHT_REBUY]: 1 });
  });

  it('sends the minimum bidding periods with the minimums, and finds a refused one by its index', () => {
    const days = { [PurchaseType.NEW_TASK]: 10, [PurchaseType.MODIFIED_REBUY]: 95, [PurchaseType.STRAIGHT_REBUY]: 3 };
    const sent = toPolicyInput({ [PurchaseType.NEW_TASK]: 3, [PurchaseType.MODIFIED_REBUY]: 2, [PurchaseType.STRAIGHT_REBUY]: 1 }, days);
    expect(sent.minimumBiddingDays).toEqual([
      { purchaseType: PurchaseType.NEW_TASK, days: 10 },
      { purchaseType: PurchaseType.MODIFIED_REBUY, days: 95 },
      { purchaseType: PurchaseType.STRAIGHT_REBUY, days: 3 },
    ]);
    const refused = { code: ErrorCode.VALIDATION_FAILED, message: 'must not be greater than 90', field: 'input.minimumBiddingDays.1.days' };
    expect(purchaseTypeAtFault(refused, sent, 'minimumBiddingDays')).toBe(PurchaseType.MODIFIED_REBUY);
    expect(purchaseTypeAtFault(refused, sent)).toBeNull();
  });

  it('puts a refused value on the field of its purchase type, found by its index in what was sent', () => {
    const sent = toPolicyInput({ [PurchaseType.NEW_TASK]: 3, [PurchaseType.MODIFIED_REBUY]: 99, [PurchaseType.STRAIGHT_REBUY]: 1 });
    const refused = (field?: string) => ({ code: ErrorCode.VALIDATION_FAILED, message: 'must not be greater than 50', field });
    expect(purchaseTypeAtFault(refused('input.minimumSuppliers.1.minimum'), sent)).toBe(PurchaseType.MODIFIED_REBUY);
    expect(purchaseTypeAtFault(refused('input.minimumSuppliers.2.purchaseType'), sent)).toBe(PurchaseType.STRAIGHT_REBUY);
    expect(purchaseTypeAtFault(refused('input.minimumSuppliers.7.minimum'), sent)).toBeNull();
    expect(purchaseTypeAtFault(refused('input'), sent)).toBeNull();
    expect(purchaseTypeAtFault(refused(undefined), sent)).toBeNull();
  });
});
