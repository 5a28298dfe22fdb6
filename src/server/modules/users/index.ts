/** The users module's public API: account routes, and what the CLI, the demo seed and sign-in reuse. */
export { usersRoutes } from './users.routes.ts';
export { sessionUserSchema, type UserInput, userInputSchema } from './users.schemas.ts';
export { createUser } from './users.service.ts';
