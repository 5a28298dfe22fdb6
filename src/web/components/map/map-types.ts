/** The map's contract, free of MapLibre so that pages can import it without loading the map code. */

/** One thing on the map. `group` names what the colour stands for, so clusters can show their mix. */
export type MapPoint = {
  id: string;
  lat: number;
  lng: number;
  color: string;
  label: string;
  group?: string;
};

export type MapView = { lng: number; lat: number; zoom: number };

/** Where the background comes from: an online XYZ raster template, or (null) the offline outlines. */
export type Basemap = { tileUrl: string | null; tileAttribution: string | null };

export type PointMapProps = {
  points: MapPoint[];
  /** Accessible name of the map region, e.g. "産業マップ". */
  label: string;
  onSelect?: (id: string) => void;
  selectedId?: string | null;
  /** Fit the view to the points on first show and whenever the set of points changes. */
  fitToPoints?: boolean;
  /** Where to start when not fitting (and when there are no points). */
  initialView?: MapView;
  /** Shown over the map's corner (or under the message when the map cannot be drawn). */
  legend?: React.ReactNode;
  /** The screen-reader and no-WebGL list shows at most this many points. */
  listLimit?: number;
  /** CSS height of the map area. */
  height?: string;
};
