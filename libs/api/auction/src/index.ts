export * from './lib/auction.module';
export * from './lib/entities/auction.entity';
export * from './lib/events/auction-events';
export * from './lib/services/auction.service';
export * from './lib/services/auction-course.service';
export * from './lib/services/auction-views';
export * from './lib/services/auction-queues';
export * from './lib/dto/auction.types';
