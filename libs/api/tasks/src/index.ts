export * from './lib/tasks.module';
export * from './lib/tasks.service';
