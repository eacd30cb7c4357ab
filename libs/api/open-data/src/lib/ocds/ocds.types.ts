/**
 * The part of OCDS 1.1.5 this export produces, typed. Field names are the standard's; anything
 * not listed here is never written.
 */
export interface OcdsValue {
  amount: number;
  currency: string;
}

export interface OcdsPeriod {
  startDate?: string;
  endDate?: string;
}

export interface OcdsContactPoint {
  name?: string;
  email?: string;
  telephone?: string;
}

export interface OcdsOrganizationReference {
  id: string;
  name: string;
}

export interface OcdsParty extends OcdsOrganizationReference {
  roles: string[];
  address?: { countryName: string };
  contactPoint?: OcdsContactPoint;
}

export interface OcdsClassification {
  scheme: 'CPV';
  id: string;
  description?: string;
}

export interface OcdsItem {
  id: string;
  description: string;
  classification?: OcdsClassification;
  quantity: number;
  unit?: { name: string; value?: OcdsValue };
}

export interface OcdsDocument {
  id: string;
  documentType: string;
  title: string;
  url: string;
  format: string;
  language: string;
}

export interface OcdsAmendment {
  id: string;
  date: string;
  rationale: string;
  description: string;
  amendsReleaseID: string;
  releaseID: string;
}

export interface OcdsTender {
  id: string;
  title: string;
  description?: string;
  status: 'active' | 'complete' | 'cancelled';
  procuringEntity: OcdsOrganizationReference;
  items: OcdsItem[];
  procurementMethod: 'limited' | 'direct';
  procurementMethodDetails: string;
  mainProcurementCategory?: 'goods' | 'services' | 'works';
  awardCriteria: 'priceOnly' | 'ratedCriteria';
  awardCriteriaDetails: string;
  submissionMethod: string[];
  datePublished: string;
  tenderPeriod: OcdsPeriod;
  enquiryPeriod?: OcdsPeriod;
  hasEnquiries?: boolean;
  numberOfTenderers?: number;
  tenderers?: OcdsOrganizationReference[];
  documents: OcdsDocument[];
  amendments?: OcdsAmendment[];
}

export interface OcdsAward {
  id: string;
  title: string;
  status: 'active';
  date: string;
  value: OcdsValue;
  suppliers: OcdsOrganizationReference[];
  items: OcdsItem[];
  documents: OcdsDocument[];
}

export interface OcdsRelease {
  ocid: string;
  id: string;
  date: string;
  tag: string[];
  initiationType: 'tender';
  language: string;
  buyer: OcdsOrganizationReference;
  parties: OcdsParty[];
  tender: OcdsTender;
  awards?: OcdsAward[];
}

export interface OcdsPublisher {
  name: string;
}

export interface OcdsReleasePackage {
  uri: string;
  version: '1.1';
  publishedDate: string;
  publisher: OcdsPublisher;
  releases: OcdsRelease[];
}

export interface OcdsRecord {
  ocid: string;
  releases: OcdsRelease[];
  compiledRelease: Record<string, unknown>;
}

export interface OcdsRecordPackage {
  uri: string;
  version: '1.1';
  publishedDate: string;
  publisher: OcdsPublisher;
  records: OcdsRecord[];
}
