// Grid cells for windows too big to draw event by event: one labelled circle per cell of
// /api/events/grid, sized by its count and coloured by its most frequent type. Clicking a cell
// zooms the map into it, where the events fit again and the map goes back to single markers.
import * as L from 'leaflet';
import './styles/atlas-grid.css';
import { typeStyle } from './atlas-types';
import { formatNumber, formatSpan, t, tn } from './atlas-i18n';

/** More events than this in a window (or in view) and the map draws grid cells instead of markers. */
export const GRID_THRESHOLD = 3000;

export interface GridFeature {
  geometry: { coordinates: [number, number] };
  properties: {
    count: number;
    types: Record<string, number>;
    first: string;
    last: string;
    bbox: [number, number, number, number];
  };
}

export interface GridCollection {
  total: number;
  zoom: number;
  features: GridFeature[];
}

/** The view as the API's bbox (west,south,east,north), a little larger so small pans need no reload. */
export function viewBbox(map: L.Map): string {
  const b = map.getBounds().pad(0.2);
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  const west = clamp(b.getWest(), -180, 180);
  const east = clamp(b.getEast(), -180, 180);
  const south = clamp(b.getSouth(), -90, 90);
  const north = clamp(b.getNorth(), -90, 90);
  return [west, south, east, north].map((v) => v.toFixed(4)).join(',');
}

export function drawGrid(layer: L.LayerGroup, cells: GridFeature[], map: L.Map) {
  layer.clearLayers();
  const most = Math.max(1, ...cells.map((c) => c.properties.count));
  for (const cell of cells) {
    const [lon, lat] = cell.geometry.coordinates;
    const p = cell.properties;
    const ranked = Object.entries(p.types).sort((a, b) => b[1] - a[1]);
    const style = typeStyle(ranked[0]?.[0] ?? 'other');
    // Area grows with the count, so a cell with four times the reports looks four times as big.
    const size = Math.round(22 + 34 * Math.sqrt(p.count / most));
    const label = document.createElement('span');
    label.className = 'atlas-cell-label';
    label.textContent = formatNumber(p.count, { notation: 'compact', maximumFractionDigits: 1 });
    label.style.background = style.color;
    const icon = L.divIcon({ className: 'atlas-cell', html: label, iconSize: [size, size] });
    const marker = L.marker([lat, lon], { icon, keyboard: true, title: tn('web.count', p.count) });
    marker.bindTooltip(tooltip(p, ranked), { direction: 'top' });
    marker.on('click', () => {
      const [w, s, e, n] = p.bbox;
      map.fitBounds([[s, w], [n, e]], { maxZoom: Math.max(map.getZoom() + 2, 8) });
    });
    marker.addTo(layer);
  }
}

function tooltip(p: GridFeature['properties'], ranked: [string, number][]): string {
  const lines = ranked.slice(0, 3).map(([code, n]) => `${typeStyle(code).label}: ${formatNumber(n)}`);
  const when = formatSpan(p.first, p.last);
  // Only numbers, dates and our own labels: nothing from article text goes into this HTML.
  return `<strong>${tn('web.count', p.count)}</strong><br>${when}<br>${lines.join('<br>')}<br><em>${t('web.cellZoom')}</em>`;
}
