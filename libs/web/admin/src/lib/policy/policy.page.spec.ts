import { ErrorCode, PurchaseType } from '@bc/shared/domain';
import { minimumsOf, purchaseTypeAtFault, toPolicyInput } from './policy.page';

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
      minimumsOf({ updatedAt: null, minimumSuppliers: [{ purchaseType: PurchaseType.NEW_TASK, minimum: 5 }] }),
    ).toEqual({ [PurchaseType.NEW_TASK]: 5, [PurchaseType.MODIFIED_REBUY]: 2, [PurchaseType.STRAIGHT_REBUY]: 1 });
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
