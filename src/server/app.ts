import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { mountApiDocs } from './lib/api-docs.ts';
import { csrfMiddleware, sessionMiddleware } from './lib/auth.ts';
import { bodyLimit, drainRequest, incomingOf } from './lib/body-limit.ts';
import { AppError, databaseConflict } from './lib/errors.ts';
import { type AppDeps, createRouter } from './lib/http.ts';
import { unsupportedMediaType } from './lib/json-body.ts';
import { localeMiddleware, say } from './lib/locale.ts';
import { RetryLater } from './lib/rate-limit.ts';
import { sessionScheme, sessionSecurityScheme } from './lib/route.ts';
import { auditRoutes } from './modules/audit/index.ts';
import { authRoutes } from './modules/auth/index.ts';
import { bundleRoutes } from './modules/bundle/index.ts';
import { clusterRoutes } from './modules/cluster/index.ts';
import {
  caseFileUploadLimitBytes,
  caseFileUploadPath,
  deskAftercareRoutes,
  deskFiguresRoutes,
  deskFilesRoutes,
  deskFlagsRoutes,
  deskRoutes,
  deskSearchRoutes,
} from './modules/desk/index.ts';
import { eventsRoutes, meetingsRoutes, outcomesRoutes, toursRoutes } from './modules/events/index.ts';
import { homeRoutes } from './modules/home/index.ts';
import {
  bookingsRoutes,
  callsRoutes,
  incubationRoutes,
  leaseRoutes,
  unitFileUploadLimitBytes,
  unitFileUploadPath,
  unitMediaRoutes,
} from './modules/incubation/index.ts';
import { industryMapRoutes } from './modules/industry-map/index.ts';
import { introductionsRoutes, matchingRoutes } from './modules/matching/index.ts';
import { organizationsRoutes } from './modules/organizations/index.ts';
import {
  bulletinsRoutes,
  groupDocumentUploadLimitBytes,
  groupDocumentUploadPath,
  groupsRoutes,
  partnershipsRoutes,
} from './modules/partnerships/index.ts';
import { publicRoutes } from './modules/public/index.ts';
import { sitingRoutes } from './modules/siting/index.ts';
import { surveyLinksRoutes, surveysRoutes } from './modules/surveys/index.ts';
import { systemRoutes } from './modules/system/index.ts';
import {
  enrolmentRoutes,
  openingRoutes,
  placementRoutes,
  talentRoutes,
  workforceRoutes,
} from './modules/talent/index.ts';
import { taxonomyRoutes } from './modules/taxonomy/index.ts';
import { usersRoutes } from './modules/users/index.ts';

/** Builds the whole HTTP surface from its dependencies; main.ts and the tests both call it. */
export function createApp(deps: AppDeps) {
  const app = createRouter();
  // Hono answers HEAD by running GET and copying the response; under @hono/node-server (1.19) that copy
  // takes the headers the response was created with, losing those set afterwards by middleware (the
  // security headers below). Outermost, this hands Hono a response whose headers are already final.
  app.use('*', async (c, next) => {
    await next();
    if (c.req.method === 'HEAD')
      c.res = new Response(null, { status: c.res.status, headers: new Headers(c.res.headers) });
  });
  app.use(
    '*',
    secureHeaders({
      crossOriginEmbedderPolicy: false,
      contentSecurityPolicy: contentSecurityPolicy(deps.config),
    }),
  );
  app.use('/api/*', localeMiddleware());
  app.use(
    '/api/*',
    bodyLimit((c) =>
      c.req.path === '/api/import'
        ? deps.config.importLimitBytes
        : // A unit's photo or floor plan may be larger than a JSON body; the upload names the body when too large.
          unitFileUploadPath.test(c.req.path)
          ? Math.max(unitFileUploadLimitBytes, deps.config.bodyLimitBytes)
          : caseFileUploadPath.test(c.req.path)
            ? Math.max(caseFileUploadLimitBytes, deps.config.bodyLimitBytes)
            : groupDocumentUploadPath.test(c.req.path)
              ? Math.max(groupDocumentUploadLimitBytes, deps.config.bodyLimitBytes)
              : deps.config.bodyLimitBytes,
    ),
  );
  app.use('/api/*', sessionMiddleware(deps.db));
  app.use('/api/*', csrfMiddleware(deps.config));

  const modules = [
    systemRoutes,
    authRoutes,
    usersRoutes,
    auditRoutes,
    taxonomyRoutes,
    homeRoutes,
    organizationsRoutes,
    bundleRoutes,
    industryMapRoutes,
    sitingRoutes,
    surveysRoutes,
    surveyLinksRoutes,
    matchingRoutes,
    introductionsRoutes,
    incubationRoutes,
    bookingsRoutes,
    callsRoutes,
    leaseRoutes,
    unitMediaRoutes,
    eventsRoutes,
    meetingsRoutes,
    toursRoutes,
    outcomesRoutes,
    talentRoutes,
    enrolmentRoutes,
    openingRoutes,
    placementRoutes,
    workforceRoutes,
    deskRoutes,
    deskAftercareRoutes,
    deskFlagsRoutes,
    deskFilesRoutes,
    deskFiguresRoutes,
    deskSearchRoutes,
    publicRoutes,
    partnershipsRoutes,
    bulletinsRoutes,
    groupsRoutes,
    clusterRoutes,
  ];
  for (const module of modules) app.route('/api', module(deps));

  app.openAPIRegistry.registerComponent('securitySchemes', sessionScheme, sessionSecurityScheme);
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Fusion Cluster Hub API',
      version: '1',
      description: 'Directory, industry map and the other modules of a fusion-energy industry cluster.',
    },
  });
  mountApiDocs(app);

  app.all('/api/*', (c) => {
    throw new AppError(
      'not_found',
      say({
        ja: `${c.req.method} ${c.req.path} という API はありません`,
        en: `No route ${c.req.method} ${c.req.path}`,
      }),
    );
  });
  if (deps.webRoot && fs.existsSync(path.join(deps.webRoot, 'index.html'))) mountWeb(app, deps.webRoot);

  app.onError(async (err, c) => {
    const appError = toAppError(err, c.req.header('content-type'));
    if (appError.code === 'internal') console.error(err);
    // Any limiter's refusal says when to come back, whichever route it came from.
    if (appError instanceof RetryLater) c.header('retry-after', String(appError.seconds));
    // The rest of a refused body may still be on its way: say that this connection ends here, which is
    // what the server then does, rather than promising keep-alive to a client that would write into it;
    // and first read what is left of the body (bounded), or closing with it unread resets the connection
    // before the client has read this answer.
    if (appError.status === 413) {
      await drainRequest(incomingOf(c));
      c.header('connection', 'close');
    }
    return c.json(appError.toBody(), appError.status);
  });
  app.notFound((c) =>
    c.json(
      new AppError(
        'not_found',
        say({ ja: `${c.req.path} には何もありません`, en: `Nothing at ${c.req.path}` }),
      ).toBody(),
      404,
    ),
  );
  return app;
}

/**
 * The web app loads only its own scripts (the built index.html has no inline script). MapLibre makes its
 * workers from blob: URLs and draws images from data:/blob:; a configured online basemap (MAP_TILE_URL) is
 * fetched by those workers and shown as images, so its origin is allowed for both and nothing else is.
 */
function contentSecurityPolicy(config: AppDeps['config']) {
  const tiles = config.mapTileUrl ? [tileOrigin(config.mapTileUrl)] : [];
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:', 'blob:', ...tiles],
    connectSrc: ["'self'", ...tiles],
    workerSrc: ["'self'", 'blob:'],
    fontSrc: ["'self'", 'data:'],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  };
}

// The template's {z}/{x}/{y} sit in the path; a {s} subdomain placeholder becomes a wildcard.
const tileOrigin = (template: string) =>
  new URL(template.replace('{s}', 'tiles')).origin.replace('://tiles.', '://*.');

function toAppError(err: unknown, contentType: string | undefined): AppError {
  if (err instanceof AppError) return err;
  const conflict = databaseConflict(err);
  if (conflict) return conflict;
  if (err instanceof HTTPException) {
    if (err.status === 413)
      return new AppError(
        'payload_too_large',
        say({ ja: 'リクエストの本文が大きすぎます', en: 'The request body is too large' }),
      );
    // zod-openapi's own media-type check; lib/json-body.ts answers first, this is the same answer if not.
    if (err.status === 415) return unsupportedMediaType(contentType);
    // Hono's validators throw 400 for a body that is not JSON at all.
    if (err.status === 400)
      return new AppError(
        'bad_request',
        say({ ja: 'リクエストを読み取れません', en: err.message || 'Malformed request' }),
        [{ path: 'body', message: say({ ja: 'JSON として読み取れません', en: err.message }) }],
      );
  }
  return new AppError(
    'internal',
    say({
      ja: 'サーバー側で問題が起きました。記録してあります',
      en: 'Something went wrong on our side; it has been logged',
    }),
  );
}

/** The built web app; any other path gets index.html so the client router can take it. */
function mountWeb(app: ReturnType<typeof createRouter>, webRoot: string) {
  const root = path.relative(process.cwd(), webRoot) || '.';
  app.use(
    '/assets/*',
    serveStatic({
      root,
      onFound: (_p, c) => c.header('cache-control', 'public, max-age=31536000, immutable'),
    }),
  );
  app.use('*', serveStatic({ root }));
  const index = fs.readFileSync(path.join(webRoot, 'index.html'), 'utf8');
  app.get('*', (c) => c.html(index));
}
