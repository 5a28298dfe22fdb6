/** The industry map's public API: its routes, and supplier relations as the bundle reads and writes them. */

export {
  exportRelations,
  parseRelations,
  type RelationCounts,
  type RelationInput,
  relationEndKeys,
  relationReferenceErrors,
  upsertRelations,
} from './industry-map.relations.ts';
export { industryMapRoutes } from './industry-map.routes.ts';
