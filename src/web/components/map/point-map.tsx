import { Component, lazy, type ReactNode, Suspense, useId, useMemo, useState } from 'react';
import { offlineClientConfig, useClientConfig } from '../../lib/client-config.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { usePointClusters } from './cluster-client.ts';
import { lastZoom } from './map-data.ts';
import type { PointMapProps } from './map-types.ts';
import { hasWebGL } from './webgl.ts';

// MapLibre is a megabyte of script: only pages that show a map load it, and only when it can run.
const loadMapView = () => import('./map-view.tsx');
const MapView = lazy(loadMapView);

/**
 * Starts downloading the map's script now, for a page that draws its map only once its data has come: the
 * two downloads then overlap instead of following each other. Nothing happens without WebGL, where the map
 * is never drawn.
 */
export function preloadMap(): void {
  if (hasWebGL()) loadMapView().catch(() => {}); // the map itself reports a chunk that fails to load
}

/** A chunk that fails to load or a map that throws while drawing falls back to the list, not a blank page. */
class MapBoundary extends Component<{ onError: (error: unknown) => void; children: ReactNode }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * A map of points with clustering, for any page: the industry map's organisations, the siting page's
 * candidate sites. Without WebGL it says so and shows the points as a list; the list is always there,
 * folded, for screen readers and keyboard users.
 */
export function PointMap({
  points,
  label,
  onSelect = () => {},
  selectedId = null,
  fitToPoints = false,
  initialView,
  legend,
  listLimit = 500,
  height = 'min(70vh, 36rem)',
}: PointMapProps) {
  const { t } = useI18n();
  const webgl = useMemo(hasWebGL, []);
  const [failed, setFailed] = useState(false);
  const config = useClientConfig();
  const listId = useId();
  const canDraw = webgl && !failed;
  const shown = points.slice(0, listLimit);
  const basemap = (config.data ?? offlineClientConfig).map;
  // Clustering starts with the points, while the map's script is still on its way.
  const clusters = usePointClusters(canDraw && !config.isPending ? points : null, lastZoom(basemap));

  const onFail = (error: unknown) => {
    console.warn('map unavailable, showing the list instead:', error);
    setFailed(true);
  };

  return (
    <section className="point-map" aria-label={label} data-map-state={canDraw ? undefined : 'no-webgl'}>
      <div
        className={canDraw ? 'map-frame' : 'map-frame map-frame-static'}
        style={canDraw ? { height } : undefined}
      >
        {canDraw ? (
          // The basemap choice comes from the server; while asking, and if asking fails, draw offline.
          config.isPending ? (
            <p className="status map-loading">{t('loading')}</p>
          ) : (
            <MapBoundary onError={onFail}>
              <Suspense fallback={<p className="status map-loading">{t('loading')}</p>}>
                <MapView
                  points={points}
                  selectedId={selectedId}
                  onSelect={onSelect}
                  fitToPoints={fitToPoints}
                  initialView={initialView}
                  basemap={basemap}
                  clusters={clusters}
                  onFail={onFail}
                />
              </Suspense>
            </MapBoundary>
          )
        ) : (
          <div className="alert alert-info map-unavailable" role="status">
            <strong>{t('mapUnavailable')}</strong>
            <p>{t('mapUnavailableHint')}</p>
          </div>
        )}
        {legend && <div className="map-legend">{legend}</div>}
      </div>
      <details className="map-list" open={!canDraw}>
        <summary id={listId}>{t('mapListSummary', { count: points.length })}</summary>
        <ul aria-labelledby={listId}>
          {shown.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="map-list-entry"
                aria-pressed={p.id === selectedId}
                onClick={() => onSelect(p.id)}
              >
                <span
                  className="map-swatch"
                  data-group={p.group}
                  style={{ background: p.color }}
                  aria-hidden="true"
                />
                {p.label}
              </button>
            </li>
          ))}
        </ul>
        {points.length > shown.length && (
          <p className="muted">{t('mapListTruncated', { shown: shown.length, total: points.length })}</p>
        )}
      </details>
    </section>
  );
}
