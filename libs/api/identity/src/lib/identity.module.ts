import { Module } from '@nestjs/common';
import { SESSION_RESOLVER } from '@bc/api/core';
import { AuditModule } from '@bc/api/audit';
import { AuthResolver } from './resolvers/auth.resolver';
import { OrganizationResolver } from './resolvers/organization.resolver';
import { UserResolver } from './resolvers/user.resolver';
import { AuthService } from './services/auth.service';
import { InvitationService } from './services/invitation.service';
import { OrganizationService } from './services/organization.service';
import { PasswordService } from './services/password.service';
import { SessionService } from './services/session.service';
import { SignInLimiter } from './services/sign-in-limiter.service';
import { UserService } from './services/user.service';

@Module({
  imports: [AuditModule],
  providers: [
    AuthService,
    InvitationService,
    OrganizationService,
    PasswordService,
    SessionService,
    SignInLimiter,
    UserService,
    AuthResolver,
    OrganizationResolver,
    UserResolver,
    { provide: SESSION_RESOLVER, useExisting: SessionService },
  ],
  exports: [SESSION_RESOLVER, PasswordService, UserService, SessionService, OrganizationService, AuthService],
})
export class IdentityModule {}
