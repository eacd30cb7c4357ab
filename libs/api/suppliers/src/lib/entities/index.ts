import { CpvCode } from './cpv-code.entity';
import { Supplier } from './supplier.entity';
import { SupplierCertificate } from './supplier-certificate.entity';
import { SupplierContact } from './supplier-contact.entity';
import { SupplierDocument } from './supplier-document.entity';
import { SupplierNote } from './supplier-note.entity';
import { SupplierPerformanceEvent } from './supplier-performance-event.entity';

export { CpvCode, Supplier, SupplierCertificate, SupplierContact, SupplierDocument, SupplierNote, SupplierPerformanceEvent };

export const SUPPLIER_ENTITIES = [
  CpvCode,
  Supplier,
  SupplierCertificate,
  SupplierContact,
  SupplierDocument,
  SupplierNote,
  SupplierPerformanceEvent,
];
