import { Invitation } from './invitation.entity';
import { Organization } from './organization.entity';
import { Session } from './session.entity';
import { User } from './user.entity';

export { Invitation, Organization, Session, User };
export const IDENTITY_ENTITIES = [Organization, User, Session, Invitation];
