import { parseArgs } from 'node:util';
import { isEmail, isISO31661Alpha2 } from 'class-validator';
import { AppConfig, RequestContext } from '@bc/api/core';
import { OrganizationService } from '@bc/api/identity';
import { Locale, OrganizationKind } from '@bc/shared/domain';
import { createApp } from './bootstrap';

const USAGE = `usage: node dist/apps/api/main.js create-organization --name "Acme GmbH" --admin-email it@acme.example [--country DE] [--locale de] [--supplier]`;

/**
 * Operator commands, run with the same configuration as the server:
 *   create-organization  founds an organization and prints its first admin's invitation link.
 */
export async function runCommand(config: AppConfig, argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'create-organization') {
    process.stderr.write(`unknown command "${command}"\n${USAGE}\n`);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      name: { type: 'string' },
      'admin-email': { type: 'string' },
      country: { type: 'string' },
      locale: { type: 'string', default: 'en' },
      supplier: { type: 'boolean', default: false },
    },
  });
  const name = values.name?.trim();
  const email = values['admin-email']?.trim().toLowerCase();
  const country = values.country?.trim().toUpperCase() || null;
  const problems = [
    !name || name.length > 200 ? '--name is required (at most 200 characters)' : null,
    !email || !isEmail(email) ? '--admin-email must be an email address' : null,
    country && !isISO31661Alpha2(country) ? '--country must be an ISO 3166 alpha-2 code such as DE' : null,
    !['en', 'de'].includes(values.locale ?? '') ? '--locale must be en or de' : null,
  ].filter((p): p is string => p !== null);
  if (problems.length) {
    process.stderr.write(`${problems.join('\n')}\n${USAGE}\n`);
    return 2;
  }
  const running = await createApp({ ...config, seedDemo: false }, { listen: false });
  try {
    const { organization, invitationUrl } = await running.app.get(OrganizationService).found(RequestContext.system(), {
      name: name as string,
      kind: values.supplier ? OrganizationKind.SUPPLIER : OrganizationKind.BUYING,
      country,
      defaultLocale: values.locale === 'de' ? Locale.DE : Locale.EN,
      firstUserEmail: email as string,
    });
    process.stdout.write(
      `Created ${organization.kind === OrganizationKind.BUYING ? 'buying organization' : 'supplier company'} "${organization.name}".\n` +
        `Send this single-use link to ${email} (valid ${config.invitationTtlHours} h):\n${invitationUrl}\n`,
    );
    return 0;
  } finally {
    await running.close();
  }
}
