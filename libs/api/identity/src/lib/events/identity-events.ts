import { defineEvent } from '@bc/api/core';
import type { Locale } from '@bc/shared/domain';

/** A supplier company's admin invited a colleague; the mail (with a link minted for it) follows the commit. */
export const ColleagueInvited = defineEvent<{ invitationId: string; locale: Locale | null }>('identity.colleague-invited');
