import { createRoute } from '@hono/zod-openapi';
import { ahp, evaluate, McdaError } from '../../../core/mcda/index.ts';
import { AppError } from '../../lib/errors.ts';
import { createRouter, errorResponses, jsonContent } from '../../lib/http.ts';
import { ahpBodySchema, ahpResultSchema, evaluateBodySchema, evaluationSchema } from './siting.schemas.ts';

const tags = ['Siting'];

const evaluateRoute = createRoute({
  method: 'post',
  path: '/siting/evaluate',
  operationId: 'evaluateSites',
  tags,
  summary: 'Rank alternatives by WSM, WPM, TOPSIS or PROMETHEE II (a calculator: no sign-in needed)',
  request: { body: { content: { 'application/json': { schema: evaluateBodySchema } }, required: true } },
  responses: {
    200: jsonContent(evaluationSchema, 'Ranked alternatives, best first'),
    ...errorResponses(400, 413),
  },
});

const ahpRoute = createRoute({
  method: 'post',
  path: '/siting/ahp',
  operationId: 'weighCriteriaByAhp',
  tags,
  summary: "Weights from pairwise judgements, with Saaty's consistency ratio",
  request: { body: { content: { 'application/json': { schema: ahpBodySchema } }, required: true } },
  responses: { 200: jsonContent(ahpResultSchema, 'Weights and consistency'), ...errorResponses(400, 413) },
});

/** The engine's own error names the field; say it the way every other route does. */
function engine<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (!(err instanceof McdaError)) throw err;
    const message = err.message.startsWith(`${err.path}: `)
      ? err.message.slice(err.path.length + 2)
      : err.message;
    throw new AppError('validation_failed', 'The request has invalid fields', [
      { path: `body.${err.path}`, message },
    ]);
  }
}

export function sitingRoutes() {
  return createRouter()
    .openapi(evaluateRoute, (c) =>
      c.json(
        engine(() => evaluate(c.req.valid('json'))),
        200,
      ),
    )
    .openapi(ahpRoute, (c) => {
      const { criteria, matrix } = c.req.valid('json');
      return c.json(
        engine(() => ahp(criteria, matrix)),
        200,
      );
    });
}
