/**
 * The MapLibre half of <PointMap>, loaded lazily so that pages without a map never download MapLibre.
 * Points and clusters are HTML markers (buttons): keyboard- and screen-reader-reachable, and their text
 * needs no glyph files, so the map works with no connection at all. The clusters come from a supercluster
 * index in workers of ours (cluster-client.ts, started by <PointMap> as soon as the points arrive), asked
 * for each view: MapLibre's own clustered source spent most of /map's start at 100,000 points copying
 * GeoJSON and cutting tiles that only fed these markers.
 */
import { type GeoJSONSource, Map as MapLibreMap, Marker, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// The worker is a separate file that MapLibre finds next to its own module; bundled, it must be told where.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { basemapStyle, loadCountryOutlines } from './basemap.ts';
import type { LoadedClusters, Tier } from './cluster-client.ts';
import { boundsOf, clusterBackground, clusterSize, lastZoom, noGroup } from './map-data.ts';
import type { Basemap, MapPoint, MapView as View } from './map-types.ts';
import type { Bbox } from './point-clusters.ts';

setWorkerUrl(workerUrl);

const japanView: View = { lng: 137.5, lat: 37.8, zoom: 4.2 };

export type MapViewProps = {
  points: MapPoint[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  fitToPoints: boolean;
  initialView?: View;
  basemap: Basemap;
  /** The points as loaded into the clustering worker (null until it has started). */
  clusters: LoadedClusters | null;
  /** Called when MapLibre cannot start (no WebGL after all, lost context at start). */
  onFail: (error: unknown) => void;
};

export default function MapView(props: MapViewProps) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const markers = useRef(new Map<string, Marker>());
  /** The load the markers are drawn from: answers about an earlier one are dropped. */
  const loaded = useRef<LoadedClusters | null>(null);
  /** The latest view asked for: an answer to an older one is dropped. */
  const asked = useRef(0);
  const [idle, setIdle] = useState(false);
  const [drawn, setDrawn] = useState(false);
  const ready = idle && drawn;
  /** The points of a cluster that cannot be split by zooming (same address, or nearly). */
  const [stack, setStack] = useState<MapPoint[] | null>(null);
  // Event handlers registered once read the current props and labels through this.
  const latest = useRef({ ...props, t });
  latest.current = { ...props, t };

  const byId = useMemo(() => new Map(props.points.map((p) => [p.id, p])), [props.points]);
  const maxZoom = lastZoom(props.basemap);

  // One map for the life of the component.
  // biome-ignore lint/correctness/useExhaustiveDependencies: created once; later changes go through the effects below
  useEffect(() => {
    if (!container.current) return;
    const view = props.initialView ?? japanView;
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
        container: container.current,
        style: basemapStyle(props.basemap),
        center: [view.lng, view.lat],
        zoom: view.zoom,
        maxZoom,
        attributionControl: { compact: true },
        // The canvas is one region inside the widget; the widget itself carries the page's name for the map.
        locale: {
          'Map.Title': t('mapCanvas'),
          'NavigationControl.ZoomIn': t('mapZoomIn'),
          'NavigationControl.ZoomOut': t('mapZoomOut'),
          'NavigationControl.ResetBearing': t('mapResetNorth'),
        },
        dragRotate: false,
        pitchWithRotate: false,
      });
    } catch (error) {
      props.onFail(error);
      return;
    }
    mapRef.current = map;
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    // The outlines are fetched while the style starts (not after: on a busy machine that was a second),
    // and drawn once it has.
    const outlines = props.basemap.tileUrl ? null : loadCountryOutlines();
    outlines?.catch(() => {}); // reported below, once the style is there
    map.on('load', () => {
      outlines
        ?.then((data) => (map.getSource('countries') as GeoJSONSource | undefined)?.setData(data))
        .then(() => container.current?.setAttribute('data-basemap', 'offline'))
        .catch((error) => console.warn(error)); // the points still show on the plain sea colour
    });
    map.on('moveend', () => void renderMarkers(map));
    map.once('idle', () => setIdle(true));
    return () => {
      for (const m of markers.current.values()) m.remove();
      markers.current.clear();
      map.remove();
      mapRef.current = null;
    };
  }, []);

  // Each load of the points into the worker (new points, or new looks: a cluster's pie counts its groups)
  // numbers its clusters afresh: the old markers and list go, and the view is drawn once the worker has them.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the helpers read refs; a new load is the trigger
  useEffect(() => {
    const map = mapRef.current;
    loaded.current = props.clusters;
    clearMarkers();
    setStack(null);
    const load = props.clusters;
    // A worker that fails leaves the page with the list, as a map that cannot start does.
    load?.done.then(
      () => map && renderMarkers(map),
      (error) => load === loaded.current && mapRef.current && latest.current.onFail(error),
    );
  }, [props.clusters]);

  // A new set of places is fitted into view (not a recolouring).
  const setKey = props.clusters?.setKey;
  // biome-ignore lint/correctness/useExhaustiveDependencies: on a new set of places only
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !props.fitToPoints || setKey === undefined) return;
    if (map.isStyleLoaded()) fitTo(map, props.points, false);
    else map.once('load', () => fitTo(map, props.points, false));
  }, [setKey]);

  // Selection: restyle the markers; bring a point chosen from the list into view.
  useEffect(() => {
    const map = mapRef.current;
    for (const [key, marker] of markers.current) {
      marker.getElement().classList.toggle('is-selected', key === `p${props.selectedId}`);
    }
    if (!map || !props.selectedId || markers.current.has(`p${props.selectedId}`)) return;
    const point = byId.get(props.selectedId);
    if (point && !stack?.some((p) => p.id === point.id)) {
      map.easeTo({ center: [point.lng, point.lat], zoom: Math.max(map.getZoom(), 9) });
    }
  }, [props.selectedId, byId, stack]);

  // Marker texts are written once per marker; a language switch redraws them.
  // biome-ignore lint/correctness/useExhaustiveDependencies: t changes with the language
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    clearMarkers();
    void renderMarkers(map);
  }, [t]);

  function clearMarkers() {
    for (const m of markers.current.values()) m.remove();
    markers.current.clear();
  }

  /** Draws the clusters and points of the current view, reusing markers that stay. */
  async function renderMarkers(map: MapLibreMap) {
    const load = loaded.current;
    if (!load) return;
    const request = ++asked.current;
    const bounds = map.getBounds();
    const bbox: Bbox = [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
    const items = await load.index.view(bbox, map.getZoom()).catch(() => null);
    // A newer view or a newer load has been asked for since; its answer draws.
    if (!items || request !== asked.current || load !== loaded.current || !mapRef.current) return;
    const { t: label, selectedId } = latest.current;
    const { points, colors } = load;
    const seen = new Set<string>();
    for (const item of items) {
      const point = item.kind === 'point' ? points[item.index] : undefined;
      // Cluster ids are the index's own: two indexes, two sets of ids.
      const key = item.kind === 'cluster' ? `c${item.tier}${item.id}` : `p${point?.id}`;
      seen.add(key);
      if (markers.current.has(key)) continue;
      let element: HTMLButtonElement;
      const at: [number, number] = [item.lng, item.lat];
      if (item.kind === 'cluster') {
        element = clusterElement(
          item.count,
          item.counts,
          colors,
          label('mapClusterLabel', { count: item.count }),
        );
        element.addEventListener('click', () => void openCluster(map, item.tier, item.id, at));
      } else {
        if (!point) continue;
        element = pointElement(point, point.id === selectedId);
        element.addEventListener('click', () => latest.current.onSelect(point.id));
      }
      markers.current.set(key, new Marker({ element }).setLngLat(at).addTo(map));
    }
    for (const [key, marker] of markers.current) {
      if (!seen.has(key)) {
        marker.remove();
        markers.current.delete(key);
      }
    }
    container.current?.setAttribute('data-markers', String(markers.current.size));
    setDrawn(true);
  }

  /** Zoom into a cluster, or list its points when zooming would not split it. */
  async function openCluster(map: MapLibreMap, tier: Tier, clusterId: number, at: [number, number]) {
    const load = loaded.current;
    if (!load) return;
    const zoom = await load.index.expansionZoom(tier, clusterId);
    if (load !== loaded.current) return; // the points changed meanwhile; so did the markers
    if (zoom <= map.getMaxZoom() && zoom <= maxZoom) {
      map.easeTo({ center: at, zoom });
      return;
    }
    const leaves = await load.index.leaves(tier, clusterId);
    if (load !== loaded.current) return;
    setStack(leaves.map((i) => load.points[i]).filter((p): p is MapPoint => p !== undefined));
  }

  return (
    <div className="map-view">
      <div
        ref={container}
        className="map-canvas"
        data-map-state={ready ? 'ready' : 'loading'}
        data-basemap={props.basemap.tileUrl ? 'tiles' : undefined}
      />
      <div className="map-tools">
        {props.points.length > 0 && (
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => mapRef.current && fitTo(mapRef.current, props.points, true)}
          >
            {t('mapFitAll')}
          </button>
        )}
      </div>
      {stack && (
        <section className="map-stack" aria-labelledby="map-stack-heading">
          <div className="map-stack-head">
            <h3 id="map-stack-heading">{t('mapStackHeading', { count: stack.length })}</h3>
            <button
              type="button"
              className="button-link"
              onClick={() => setStack(null)}
              aria-label={t('mapStackClose')}
            >
              ×
            </button>
          </div>
          <ul>
            {stack.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="map-list-entry"
                  aria-pressed={p.id === props.selectedId}
                  onClick={() => props.onSelect(p.id)}
                >
                  <span className="map-swatch" style={{ background: p.color }} aria-hidden="true" />
                  {p.label}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function fitTo(map: MapLibreMap, points: MapPoint[], animate: boolean) {
  const bounds = boundsOf(points);
  if (!bounds) return;
  map.fitBounds(bounds, { padding: 56, maxZoom: 9, duration: animate ? 600 : 0 });
}

function pointElement(point: MapPoint, selected: boolean): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = `map-point${selected ? ' is-selected' : ''}`;
  element.style.background = point.color;
  element.setAttribute('aria-label', point.label);
  element.title = point.label;
  element.dataset.id = point.id;
  element.dataset.group = point.group ?? noGroup;
  return element;
}

function clusterElement(count: number, counts: number[], colors: string[], label: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'map-cluster';
  const size = `${clusterSize(count)}px`;
  element.style.width = size;
  element.style.height = size;
  element.style.background = clusterBackground(counts, colors);
  element.setAttribute('aria-label', label);
  element.title = label;
  element.dataset.count = String(count);
  const text = document.createElement('span');
  text.textContent = String(count);
  element.append(text);
  return element;
}
