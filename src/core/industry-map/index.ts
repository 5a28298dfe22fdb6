export * from './facets.ts';
export * from './gaps.ts';
export * from './heatmap.ts';
export * from './network.ts';
export * from './regions.ts';
export * from './shortlist.ts';
export * from './supply-chain.ts';
export * from './taxonomy.ts';
