/** English strings of open data (OCDS): the admin's settings and the case page's downloads. `open-data.de.ts` mirrors them. */
export const openDataEn = {
  openData: {
    title: 'Open data (OCDS)',
    intro:
      'Cases that have left the RFQ stage can be published as Open Contracting Data Standard 1.1.5 releases: the tender, moved closing times, the number of tenderers once the RFQ has closed, and the award. Nothing about quotes is published before the RFQ has closed, and estimates, scores and unsuccessful prices never are.',
    prefixLabel: 'ocid prefix',
    prefixHint: 'Registered with the Open Contracting Partnership: “ocds-” and six lowercase letters or digits.',
    prefixInvalid: '“ocds-” and six lowercase letters or digits, e.g. ocds-a1b2c3.',
    contactsLabel: 'Publish contact persons',
    contactsHint: 'Name, email and phone of the buyer who published the RFQ and of each supplier’s first contact. Off: parties are organizations only.',
    publicLabel: 'Public publishing',
    publicHint: 'Anyone may read the released packages without signing in (for public bodies).',
    publicAt: 'Public feed: {{url}}',
    publicNeedsPrefix: 'Public publishing needs the ocid prefix.',
    saved: 'Open data settings saved.',
    discard: 'Discard changes',
    updatedAt: 'Last changed {{date}}.',
    nothingYet: 'Nothing is published yet.',
    caseTitle: 'Open data (OCDS)',
    caseIntro: 'This case as OCDS 1.1.5 open data: its releases, or its record with the compiled release.',
    releasePackage: 'Release package',
    recordPackage: 'Record',
    casePrefixMissing: 'The OCDS downloads need the organization’s ocid prefix: an admin sets it on the Purchasing policy page.',
  },
};
