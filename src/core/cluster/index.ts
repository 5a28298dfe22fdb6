/** Where a cluster stands: the indicator registry, monthly series and status, the cluster plan files (issue 18). */
export * from './indicators.ts';
export * from './plan.ts';
export * from './series.ts';
export * from './workforce-gap.ts';
