import { Module } from '@nestjs/common';
import { SESSION_RESOLVER } from '@bc/api/core';
import { AuditModule } from '@bc/api/audit';
import { MailModule } from '@bc/api/mail';
import { AuthResolver } from './resolvers/auth.resolver';
import { OrganizationResolver } from './resolvers/organization.resolver';
import { SupplierColleagueResolver } from './resolvers/supplier-colleague.resolver';
import { UserResolver } from './resolvers/user.resolver';
import { AuthService } from './services/auth.service';
import { InvitationService } from './services/invitation.service';
import { OrganizationService } from './services/organization.service';
import { PasswordService } from './services/password.service';
import { SessionService } from './services/session.service';
import { SignInLimiter } from './services/sign-in-limiter.service';
import { ColleagueMailHandlers } from './mail/colleague-mail-handlers';
import { SupplierColleagueService } from './services/supplier-colleague.service';
import { UserDirectory } from './services/user-directory.service';
import { UserService } from './services/user.service';

@Module({
  imports: [AuditModule, MailModule],
  providers: [
    AuthService,
    InvitationService,
    OrganizationService,
    PasswordService,
    SessionService,
    SignInLimiter,
    SupplierColleagueService,
    ColleagueMailHandlers,
    UserService,
    UserDirectory,
    AuthResolver,
    OrganizationResolver,
    UserResolver,
    SupplierColleagueResolver,
    { provide: SESSION_RESOLVER, useExisting: SessionService },
  ],
  exports: [SESSION_RESOLVER, PasswordService, UserService, UserDirectory, SessionService, OrganizationService, AuthService],
})
export class IdentityModule {}
