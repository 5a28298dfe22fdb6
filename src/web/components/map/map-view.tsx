/**
 * The MapLibre half of <PointMap>, loaded lazily so that pages without a map never download MapLibre.
 * Points and clusters are HTML markers (buttons): keyboard- and screen-reader-reachable, and their text
 * needs no glyph files, so the map works with no connection at all.
 */
import { type GeoJSONSource, Map as MapLibreMap, Marker, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// The worker is a separate file that MapLibre finds next to its own module; bundled, it must be told where.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { basemapStyle, loadCountryOutlines } from './basemap.ts';
import {
  boundsOf,
  clusterBackground,
  clusterSize,
  groupCountProperty,
  groupsOf,
  noGroup,
  pointSetKey,
  toFeatureCollection,
} from './map-data.ts';
import type { Basemap, MapPoint, MapView as View } from './map-types.ts';

setWorkerUrl(workerUrl);

const sourceId = 'points';
/** Beyond this, clusters no longer split; a cluster that would split only past it lists its points. */
const offlineMaxZoom = 14;
const onlineMaxZoom = 18;
const japanView: View = { lng: 137.5, lat: 37.8, zoom: 4.2 };

export type MapViewProps = {
  points: MapPoint[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  fitToPoints: boolean;
  initialView?: View;
  basemap: Basemap;
  /** Called when MapLibre cannot start (no WebGL after all, lost context at start). */
  onFail: (error: unknown) => void;
};

export default function MapView(props: MapViewProps) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const markers = useRef(new Map<string, Marker>());
  const [ready, setReady] = useState(false);
  /** The points of a cluster that cannot be split by zooming (same address, or nearly). */
  const [stack, setStack] = useState<MapPoint[] | null>(null);
  // Event handlers registered once read the current props and labels through this.
  const latest = useRef({ ...props, t });
  latest.current = { ...props, t };

  const byId = useMemo(() => new Map(props.points.map((p) => [p.id, p])), [props.points]);
  const groups = useMemo(() => groupsOf(props.points), [props.points]);
  const groupKey = groups.map((g) => g.group).join('|');
  const setKey = useMemo(() => pointSetKey(props.points), [props.points]);
  // What the markers show: a page that recolours or relabels its points (a re-ranking) changes this only.
  const looksKey = useMemo(
    () => props.points.map((p) => `${p.id}|${p.group ?? ''}|${p.color}|${p.label}`).join('\n'),
    [props.points],
  );
  const maxZoom = props.basemap.tileUrl ? onlineMaxZoom : offlineMaxZoom;

  const byIdRef = useRef(byId);
  byIdRef.current = byId;

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
    map.on('load', () => {
      if (!props.basemap.tileUrl) {
        loadCountryOutlines()
          .then((outlines) => (map.getSource('countries') as GeoJSONSource | undefined)?.setData(outlines))
          .then(() => container.current?.setAttribute('data-basemap', 'offline'))
          .catch((error) => console.warn(error)); // the points still show on the plain sea colour
      }
    });
    map.on('moveend', () => renderMarkers(map));
    map.on('sourcedata', (e) => {
      if (e.sourceId === sourceId && e.isSourceLoaded) renderMarkers(map);
    });
    map.once('idle', () => setReady(true));
    return () => {
      for (const m of markers.current.values()) m.remove();
      markers.current.clear();
      map.remove();
      mapRef.current = null;
    };
  }, []);

  // The points source: replaced when the set of groups changes (cluster properties are fixed per source),
  // otherwise given new data. Either way the old markers go: cluster ids are reused across data.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on setKey and groupKey, not array identity
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const apply = () => {
      clearMarkers();
      setStack(null);
      const data = toFeatureCollection(props.points);
      const source = map.getSource(sourceId) as GeoJSONSource | undefined;
      if (source && map.getLayer('points-hit')?.metadata === groupKey) {
        void source.setData(data);
      } else {
        if (map.getLayer('points-hit')) map.removeLayer('points-hit');
        if (source) map.removeSource(sourceId);
        map.addSource(sourceId, {
          type: 'geojson',
          data,
          cluster: true,
          clusterRadius: 44,
          clusterMaxZoom: maxZoom,
          clusterProperties: Object.fromEntries(
            groups.map((g, i) => [
              groupCountProperty(i),
              ['+', ['case', ['==', ['get', 'group'], g.group], 1, 0]],
            ]),
          ),
        });
        // Invisible: it only makes MapLibre load and cluster the source, which the HTML markers are drawn from.
        map.addLayer({
          id: 'points-hit',
          type: 'circle',
          source: sourceId,
          metadata: groupKey,
          paint: { 'circle-radius': 0, 'circle-opacity': 0 },
        });
      }
      if (props.fitToPoints) fitTo(map, props.points, false);
    };
    if (map.isStyleLoaded()) apply();
    else map.once('load', apply);
  }, [setKey, groupKey]);

  // Same places, new looks: redraw the markers (and the cluster pies' group counts) without moving the view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on looksKey, not array identity
  useEffect(() => {
    const map = mapRef.current;
    const source = map?.getSource(sourceId) as GeoJSONSource | undefined;
    if (!map || !source) return;
    clearMarkers();
    void source.setData(toFeatureCollection(props.points));
  }, [looksKey]);

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
    renderMarkers(map);
  }, [t]);

  function clearMarkers() {
    for (const m of markers.current.values()) m.remove();
    markers.current.clear();
  }

  /** Draws the clusters and points MapLibre has for the current view, reusing markers that stay. */
  function renderMarkers(map: MapLibreMap) {
    if (!map.getSource(sourceId)) return;
    const { t: label, selectedId } = latest.current;
    const colors = groupsOf(latest.current.points).map((g) => g.color);
    const seen = new Set<string>();
    for (const f of map.querySourceFeatures(sourceId)) {
      const p = f.properties as Record<string, unknown>;
      const coordinates = (f.geometry as GeoJSON.Point).coordinates as [number, number];
      const key = p.cluster ? `c${p.cluster_id}` : `p${p.id}`;
      if (seen.has(key)) continue; // a feature on a tile edge comes once per tile
      seen.add(key);
      if (markers.current.has(key)) continue;
      let element: HTMLButtonElement;
      if (p.cluster) {
        const count = Number(p.point_count);
        const counts = colors.map((_, i) => Number(p[groupCountProperty(i)] ?? 0));
        element = clusterElement(count, counts, colors, label('mapClusterLabel', { count }));
        element.addEventListener('click', () => void openCluster(map, Number(p.cluster_id), coordinates));
      } else {
        const point = byIdRef.current.get(String(p.id));
        if (!point) continue;
        element = pointElement(point, point.id === selectedId);
        element.addEventListener('click', () => latest.current.onSelect(point.id));
      }
      markers.current.set(key, new Marker({ element }).setLngLat(coordinates).addTo(map));
    }
    for (const [key, marker] of markers.current) {
      if (!seen.has(key)) {
        marker.remove();
        markers.current.delete(key);
      }
    }
    container.current?.setAttribute('data-markers', String(markers.current.size));
  }

  /** Zoom into a cluster, or list its points when zooming would not split it. */
  async function openCluster(map: MapLibreMap, clusterId: number, at: [number, number]) {
    const source = map.getSource(sourceId) as GeoJSONSource;
    const zoom = await source.getClusterExpansionZoom(clusterId);
    if (zoom <= map.getMaxZoom() && zoom <= maxZoom) {
      map.easeTo({ center: at, zoom });
      return;
    }
    const leaves = await source.getClusterLeaves(clusterId, Number.MAX_SAFE_INTEGER, 0);
    const points = leaves
      .map((l) => byIdRef.current.get(String(l.properties?.id)))
      .filter((p): p is MapPoint => p !== undefined);
    setStack(points);
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
