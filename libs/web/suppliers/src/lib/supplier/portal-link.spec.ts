import { ErrorCode } from '@bc/shared/domain';
import { portalAccountText, portalLinkErrorMessage } from './portal-link';

describe('the portal account of a supplier', () => {
  it('reads as the company name with its country', () => {
    expect(portalAccountText({ id: 'o1', name: 'Hanse Industrietechnik GmbH', country: 'DE' })).toBe('Hanse Industrietechnik GmbH (DE)');
    expect(portalAccountText({ id: 'o2', name: 'Nameless Ltd', country: null })).toBe('Nameless Ltd');
    expect(portalAccountText(null)).toBe('');
  });

  it('says so when the account is already linked to another directory entry, else the usual message', () => {
    expect(portalLinkErrorMessage({ code: ErrorCode.CONFLICT, message: 'taken', field: 'organizationId' }).key).toBe('supplierPortal.taken');
    expect(
      portalLinkErrorMessage({ code: ErrorCode.CONFLICT, message: 'taken', field: 'organizationId', details: { supplierId: 's1', supplierName: 'Hanse Nord KG' } }),
    ).toEqual({ key: 'supplierPortal.takenBy', params: { name: 'Hanse Nord KG' } });
    expect(portalLinkErrorMessage({ code: ErrorCode.FORBIDDEN, message: 'no' }).key).toBe('errors.FORBIDDEN');
  });
});
