/// <reference lib="webworker" />
/**
 * The map's clustering off the page's thread: building the index over 100,000 points takes a good part of a
 * second, while the page goes on drawing the basemap and the list. Requests are answered in order, each
 * with the id it came with.
 */
import { answer, type ClusterRequest, type PointClusters } from './point-clusters.ts';

let index: PointClusters | null = null;

self.onmessage = (event: MessageEvent<{ id: number; request: ClusterRequest }>) => {
  const { id, request } = event.data;
  try {
    const answered = answer(index, request);
    index = answered.index;
    self.postMessage({ id, result: answered.result });
  } catch (error) {
    // A cluster id from an index that has since been replaced, for one.
    self.postMessage({ id, error: String(error) });
  }
};
