export * from './lib/users/users.page';
export * from './lib/audit/audit.page';
export * from './lib/policy/policy.page';
export * from './lib/mail/mail.page';
export * from './lib/approvals/waiting-approvals';
