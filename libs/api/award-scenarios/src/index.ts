export * from './lib/award-scenarios.module';
export * from './lib/entities/award-scenario.entity';
export { AwardScenarioService } from './lib/services/award-scenario.service';
export * from './lib/dto/scenario.types';
export * from './lib/dto/scenario.inputs';
