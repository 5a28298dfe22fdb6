/** The cluster's public face: explainer pages, residents' questions, the FAQ and the Atom feed. */

export { loadDemoPublic } from './public.demo.ts';
export { publicRoutes } from './public.routes.ts';
