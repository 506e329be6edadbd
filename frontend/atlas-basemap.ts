// The offline basemap (countries and Ukraine's oblasts, served with the app) in a pane of its own
// below the overlay pane, so markers always draw on top; optional online tiles under it.
import * as L from 'leaflet';
import { t } from './atlas-i18n';
import type { WaterLayer } from './atlas-water';

/** Creates the basemap pane and adds the online tile layer when one is configured. */
export function prepareBasemap(map: L.Map, tilesUrl: string, tilesAttribution: string) {
  map.createPane('basemap').style.zIndex = '250';
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  if (tilesUrl) {
    L.tileLayer(tilesUrl, { attribution: tilesAttribution, maxZoom: 18 }).addTo(map);
  }
}

/** Fetches and draws the basemap layers, then the water; marks {@code host} data-basemap="ready". */
export async function loadBasemap(map: L.Map, host: HTMLElement, apiBase: string, tilesUrl: string,
                                  water: WaterLayer | undefined) {
  const renderer = L.canvas({ padding: 0.2, pane: 'basemap' });
  const base = apiBase.replace(/\/api$/, '');
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  const layers: [string, L.PathOptions][] = [
    // Over an online tile layer the outlines stay but the land fill would hide the tiles.
    ['/basemap/countries.geojson', {
      color: dark ? '#6b7380' : '#8a8f98', weight: 1, fillColor: dark ? '#2e333b' : '#eceae4',
      fillOpacity: tilesUrl ? 0 : 1,
    }],
    ['/basemap/ukraine-oblasts.geojson', { color: dark ? '#7c7560' : '#b0a890', weight: 0.8, fill: false, dashArray: '3 3' }],
  ];
  for (const [url, style] of layers) {
    try {
      const response = await fetch(base + url);
      if (!response.ok) {
        throw new Error(`${response.status}`);
      }
      const data = await response.json();
      L.geoJSON(data, { style: () => style, renderer, pane: 'basemap', interactive: false } as L.GeoJSONOptions)
        .addTo(map);
    } catch (e) {
      console.warn('basemap layer unavailable', url, e);
    }
  }
  await water?.load(base + '/basemap/water.geojson');
  map.attributionControl.addAttribution(t('web.basemap'));
  host.dataset.basemap = 'ready';
}
