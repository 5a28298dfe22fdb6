/** The cluster feature's pages (issue 18): chooser, dashboard, records behind a figure, comparison, yearly report. */
import './cluster-messages.ts';
import './cluster.css';

export { ClusterPage, ClustersPage } from './cluster-page.tsx';
export { ClusterComparePage } from './compare-page.tsx';
export { IndicatorRecordsPage } from './records-page.tsx';
export { ClusterReportPage } from './report-page.tsx';
