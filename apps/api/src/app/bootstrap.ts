import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import express from 'express';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AppConfig, Clock, startEmbeddedPostgres, type EmbeddedDatabase } from '@bc/api/core';
import { ErrorCode } from '@bc/shared/domain';
import { AppModule, type AppModuleOptions } from './app.module';
import { Metrics } from './metrics/metrics.service';

export interface RunningApp {
  app: NestExpressApplication;
  url: string;
  embedded?: EmbeddedDatabase;
  close(): Promise<void>;
}

/**
 * Builds the whole server: the embedded database when no DATABASE_URL is given, the Nest app
 * with migrations run at start, security headers, and the built web app served at `/`.
 */
export async function createApp(
  config: AppConfig,
  options: {
    listen?: boolean;
    /** Work that must be done before the first request is accepted (e.g. the demo seed). */
    beforeListen?: (app: NestExpressApplication) => Promise<void>;
    /** The time the rules follow (the system's by default): tests pass one they can move on. */
    clock?: Clock;
    /** Where the JSON log lines go (standard output by default): tests that read the log. */
    logTo?: DestinationStream;
    /** Extra modules and the live connections' session check interval (tests). */
    module?: AppModuleOptions;
  } = {},
): Promise<RunningApp> {
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: config.embeddedDataDir,
      port: config.embeddedPort,
      database: 'buying_center',
      log: (m) => process.stderr.write(`[embedded-postgres] ${m}\n`),
    });
    databaseUrl = embedded.url;
  }

  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ ...config, databaseUrl }, options.clock, options.logTo, options.module), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(app.get(Metrics).httpMiddleware());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'upgrade-insecure-requests': config.secureCookies ? [] : null,
        },
      },
      strictTransportSecurity: config.secureCookies,
    }),
  );
  app.use(cookieParser());
  app.use(express.json({ limit: '1mb' }));
  app.use(graphqlBodyErrors);
  serveWebApp(app, config.webRoot);

  if (options.beforeListen) {
    await app.init();
    await options.beforeListen(app);
  }
  if (options.listen !== false) await app.listen(config.port);
  return {
    app,
    url: `http://localhost:${config.port}`,
    embedded,
    async close() {
      await app.close();
      await embedded?.stop();
    },
  };
}

/**
 * A body the JSON parser refuses (over 1 MB, not JSON) is the client's fault: GraphQL clients get
 * its status (413, 400) with an error in GraphQL's shape and a code, like every other refusal.
 */
function graphqlBodyErrors(err: unknown, req: express.Request, res: express.Response, next: express.NextFunction): void {
  const status = (err as { status?: unknown } | null)?.status;
  if (!req.path.startsWith('/graphql') || typeof status !== 'number' || status < 400 || status >= 500) return next(err);
  const message = status === 413 ? 'The request is larger than 1 MB' : 'The request body is not valid JSON';
  res.status(status).json({ errors: [{ message, extensions: { code: ErrorCode.VALIDATION_FAILED } }] });
}

/** Paths the server answers itself: never the web app, and a 404 in JSON when nothing matches. */
const SERVER_PATHS = /^\/(api|graphql|health|metrics)(\/|$)/;

/**
 * The Angular app from the same origin: files as they are, every other page path to index.html.
 * Registered before Nest's routes, so it must step aside for every server path: a download such as
 * `/api/files/:id` answered with index.html would hand the browser the app instead of the file.
 */
function serveWebApp(app: NestExpressApplication, webRoot: string): void {
  const index = join(webRoot, 'index.html');
  if (!existsSync(index)) return;
  const files = express.static(webRoot, { index: false, maxAge: '1h' });
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (SERVER_PATHS.test(req.path)) return next();
    files(req, res, () => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.includes('.')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  });
}
