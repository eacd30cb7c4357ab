import { CaseRecords } from './services/case-records';
import { Module } from '@nestjs/common';
import { AuditModule } from '@bc/api/audit';
import { FilesModule } from '@bc/api/files';
import { IdentityModule } from '@bc/api/identity';
import { SuppliersModule } from '@bc/api/suppliers';
import { NeedResolver } from './resolvers/need.resolver';
import { PurchaseCaseResolver } from './resolvers/purchase-case.resolver';
import {
  CaseShortlistResolver,
  ConflictDeclarationResolver,
  ShortlistEntryResolver,
  ShortlistResolver,
  ShortlistSuggestionResolver,
} from './resolvers/shortlist.resolver';
import { AttachmentChangeResolver, CaseSpecificationResolver, SpecificationResolver } from './resolvers/specification.resolver';
import { ApproverPoolService } from './services/approver-pool.service';
import { CaseAccessService } from './services/case-access.service';
import { CaseCancellationService } from './services/case-cancellation.service';
import { CaseTimelineService } from './services/case-timeline.service';
import { CaseTimelineResolver } from './resolvers/case-timeline.resolver';
import { CaseFactsService } from './services/case-facts.service';
import { CaseFactsProviders } from './services/case-facts-providers';
import { CaseService } from './services/case.service';
import { CaseVisibility } from './services/case-visibility.service';
import { NeedService } from './services/need.service';
import { PolicyService } from './services/policy.service';
import { PurchasingLoaders } from './services/purchasing-loaders';
import { RebuyService } from './services/rebuy.service';
import { ShortlistService } from './services/shortlist.service';
import { SpecificationService } from './services/specification.service';
import { SuggestionService } from './services/suggestion.service';
import { TransitionService } from './services/transition.service';

/** Purchase cases from need to approved shortlist (needs, cases, team, stages, specifications, shortlists). */
@Module({
  imports: [AuditModule, FilesModule, IdentityModule, SuppliersModule],
  providers: [
    ApproverPoolService,
    CaseRecords,
    CaseAccessService,
    CaseCancellationService,
    CaseTimelineService,
    CaseTimelineResolver,
    CaseFactsService,
    CaseFactsProviders,
    CaseService,
    CaseVisibility,
    NeedService,
    PolicyService,
    PurchasingLoaders,
    RebuyService,
    ShortlistService,
    SpecificationService,
    SuggestionService,
    TransitionService,
    NeedResolver,
    PurchaseCaseResolver,
    SpecificationResolver,
    AttachmentChangeResolver,
    CaseSpecificationResolver,
    ShortlistResolver,
    CaseShortlistResolver,
    ShortlistEntryResolver,
    ShortlistSuggestionResolver,
    ConflictDeclarationResolver,
  ],
  exports: [ApproverPoolService, CaseRecords, CaseAccessService, CaseVisibility, CaseFactsProviders, CaseCancellationService, CaseService, NeedService, RebuyService, TransitionService, SpecificationService, ShortlistService, PolicyService, PurchasingLoaders],
})
export class PurchasingModule {}
