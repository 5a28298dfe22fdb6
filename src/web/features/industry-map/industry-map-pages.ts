/** The industry-map feature's pages: one lazy chunk for the router (app-routes.tsx). */
import './industry-map-messages.ts';
import './industry-map.css';

export { GapsPage } from './gaps-page.tsx';
export { HeatmapPage } from './heatmap-page.tsx';
export { IndustryMapPage } from './industry-map-page.tsx';
export { NetworkPage } from './network-page.tsx';
export { ShortlistPage } from './shortlist-page.tsx';
export { SupplyChainPage } from './supply-chain-page.tsx';
