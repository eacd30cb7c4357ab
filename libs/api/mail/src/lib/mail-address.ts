/** The address of `MAIL_FROM` (`Name <address>` or a bare address). */
export function mailAddress(from: string): string {
  return (/<([^>]+)>/.exec(from)?.[1] ?? from).trim();
}

/** The domain of the From address, for Message-IDs that are ours. */
export function mailDomain(from: string): string {
  return mailAddress(from).split('@').pop()?.trim() || 'localhost';
}
