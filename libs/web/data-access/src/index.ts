export * from './lib/graphql/generated';
export * from './lib/graphql/provide-graphql';
export * from './lib/graphql/locale';
export * from './lib/errors/app-error';
export * from './lib/session/app-pages';
export * from './lib/session/session.store';
export * from './lib/session/guards';
export * from './lib/files/file-upload.service';
