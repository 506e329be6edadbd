// The Leaflet map itself and the offline basemap (countries and Ukraine's oblasts, served with the app) in a pane of its own
// below the overlay pane, so markers always draw on top; optional online tiles under it.
import * as L from 'leaflet';
import { t } from './atlas-i18n';
import type { WaterLayer } from './atlas-water';

const UKRAINE_BOUNDS = L.latLngBounds([44.3, 22.1], [52.4, 40.3]);

/** The Leaflet map at the link's centre and zoom, or framing Ukraine when the link has none (NaN). */
export function openMap(container: HTMLElement, lat: number, lon: number, zoom: number): L.Map {
  const map = L.map(container, { minZoom: 3, maxZoom: 14, worldCopyJump: true, zoomSnap: 0.5, zoomControl: false });
  // Leaflet's own buttons say "Zoom in" in English: give them the page's words.
  L.control.zoom({ zoomInTitle: t('web.zoomIn'), zoomOutTitle: t('web.zoomOut') }).addTo(map);
  if (Number.isFinite(lat) && Number.isFinite(lon) && Number.isFinite(zoom)) {
    map.setView([lat, lon], zoom);
  } else {
    map.fitBounds(UKRAINE_BOUNDS);
  }
  return map;
}

/** Keeps the map sized to its box; {@code frame}: frame Ukraine once the real size is first known. */
export function followSize(map: L.Map, container: HTMLElement, frame: boolean): ResizeObserver {
  let fitted = !frame;
  const observer = new ResizeObserver(() => {
    map.invalidateSize();
    if (!fitted && container.clientWidth > 0 && container.clientHeight > 0) {
      fitted = true; // frame Ukraine once the real size is known, then leave the view to the reader
      map.fitBounds(UKRAINE_BOUNDS);
    }
  });
  observer.observe(container);
  return observer;
}

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
