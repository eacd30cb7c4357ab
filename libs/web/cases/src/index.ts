export * from './lib/cases.routes';
export * from './lib/board/cases.page';
