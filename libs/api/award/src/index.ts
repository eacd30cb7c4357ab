export * from './lib/award.module';
export * from './lib/entities';
export * from './lib/services/approval-policy.service';
export * from './lib/services/award.service';
export * from './lib/services/award-view.service';
export * from './lib/services/award-rules';
export * from './lib/dto/award.types';
export { DeliveryService } from './lib/services/delivery.service';
export { StepReassignmentService } from './lib/services/step-reassignment.service';
