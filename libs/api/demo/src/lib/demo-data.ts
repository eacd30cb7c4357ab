import { Locale, OrganizationKind, Role } from '@bc/shared/domain';

/** Published in the README and printed at start: never seeded in production. */
export const DEMO_PASSWORD = 'BuyingCenter-Demo-2026';

export interface DemoOrganization {
  name: string;
  kind: OrganizationKind;
  country: string;
  defaultLocale: Locale;
  users: Array<{ email: string; name: string; roles: Role[]; locale: Locale }>;
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    name: 'Nordwind Maschinenbau GmbH',
    kind: OrganizationKind.BUYING,
    country: 'DE',
    defaultLocale: Locale.DE,
    users: [
      { email: 'admin@nordwind.example', name: 'Petra Vogel', roles: [Role.ADMIN], locale: Locale.EN },
      { email: 'requester@nordwind.example', name: 'Jonas Becker', roles: [Role.REQUESTER], locale: Locale.EN },
      { email: 'specifier@nordwind.example', name: 'Dr. Lena Hoffmann', roles: [Role.SPECIFIER], locale: Locale.EN },
      { email: 'buyer@nordwind.example', name: 'Markus Schäfer', roles: [Role.BUYER], locale: Locale.EN },
      { email: 'gatekeeper@nordwind.example', name: 'Claudia Richter', roles: [Role.GATEKEEPER], locale: Locale.EN },
      { email: 'advisor@nordwind.example', name: 'Tobias Wagner', roles: [Role.ADVISOR], locale: Locale.EN },
      { email: 'decider@nordwind.example', name: 'Sabine Krüger', roles: [Role.DECIDER], locale: Locale.EN },
    ],
  },
  {
    name: 'Hanse Industrietechnik GmbH',
    kind: OrganizationKind.SUPPLIER,
    country: 'DE',
    defaultLocale: Locale.DE,
    users: [{ email: 'supplier@hanse-industrie.example', name: 'Felix Brandt', roles: [Role.SUPPLIER, Role.SUPPLIER_ADMIN], locale: Locale.EN }],
  },
  {
    name: 'Alpine Components AG',
    kind: OrganizationKind.SUPPLIER,
    country: 'AT',
    defaultLocale: Locale.DE,
    users: [{ email: 'supplier@alpine-components.example', name: 'Martina Huber', roles: [Role.SUPPLIER, Role.SUPPLIER_ADMIN], locale: Locale.EN }],
  },
];
