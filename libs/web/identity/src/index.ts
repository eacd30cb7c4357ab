export * from './lib/sign-in/sign-in.page';
export * from './lib/accept-invitation/accept-invitation.page';
export * from './lib/profile/profile.page';
export * from './lib/auth-layout/auth-layout';
export * from './lib/new-account/account-fields';
