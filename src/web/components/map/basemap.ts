import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// Natural Earth 1:50m countries, shipped inside the app as a hashed static asset: no request leaves the server.
import countriesUrl from 'world-atlas/countries-50m.json?url';
import type { Basemap } from './map-types.ts';

/** ISO 3166-1 numeric code of Japan in world-atlas, drawn a shade lighter so the region reads at a glance. */
const japan = '392';

export const offlineAttribution = 'Natural Earth (world-atlas)';

const emptyCollection: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * A style with no glyphs and no sprite: nothing in it makes the browser fetch anything from elsewhere.
 * Text (cluster counts, names) is drawn as HTML, not by MapLibre, which would need glyph PBFs.
 */
export function basemapStyle(basemap: Basemap): StyleSpecification {
  if (basemap.tileUrl) {
    return {
      version: 8,
      sources: {
        basemap: {
          type: 'raster',
          tiles: [basemap.tileUrl],
          tileSize: 256,
          maxzoom: 18,
          attribution: basemap.tileAttribution ?? '',
        },
      },
      layers: [{ id: 'basemap', type: 'raster', source: 'basemap' }],
    };
  }
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: emptyCollection, attribution: offlineAttribution },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#cfe0ea' } },
      {
        id: 'land',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': ['case', ['==', ['get', 'iso'], japan], '#fbfaf5', '#ebe8df'] },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'countries',
        paint: {
          'line-color': '#9a9484',
          'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 8, 1.2],
        },
      },
    ],
  };
}

/** The country outlines as GeoJSON, converted in the browser from the shipped TopoJSON (756 kB, 5 ms). */
export async function loadCountryOutlines(): Promise<FeatureCollection> {
  const response = await fetch(countriesUrl);
  if (!response.ok) throw new Error(`basemap outlines: ${response.status}`);
  const topology = (await response.json()) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries);
  // Feature ids are numeric strings, which MapLibre does not keep: carry the code as a property.
  return {
    type: 'FeatureCollection',
    features: countries.features.map((f) => ({ ...f, properties: { ...f.properties, iso: String(f.id) } })),
  };
}
