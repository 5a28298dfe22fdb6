/** The auth module's public API: sign-in, sign-out and the session routes. Sessions themselves live in lib/auth.ts. */
export { authRoutes } from './auth.routes.ts';
