// Place names over the basemap, from the gazetteer (GET /api/labels): capitals and oblast centres
// from zoom 5, towns as the zoom grows, every settlement from zoom 11. Drawn as HTML text in a pane
// of their own (above the basemap, below the reports), so they can be read and found; larger places
// win where two would overlap, and the place of the open report is always named.
import * as L from 'leaflet';
import './styles/atlas-labels.css';
import { isUkrainian } from './atlas-i18n';
import type { EventDetail } from './atlas-model';
import { keptLabels } from './atlas-label-layout';
import { PLACES_DRAWN } from './atlas-water-fit';

interface LabelData {
  id: string;
  name: string;
  lat: number;
  lon: number;
  population: number;
  rank: number;
  kind: string;
}

const DEBOUNCE_MS = 120;
const CACHE_SIZE = 24;

/** What atlas-map.ts needs: a layer that follows the map by itself, and the open report's place. */
export interface PlaceLabelLayer {
  /** The open report (or none): its place is named whatever the zoom and whatever it overlaps. */
  pin(detail: EventDetail | null): void;
}

export function addPlaceLabels(map: L.Map, apiBase: string): PlaceLabelLayer {
  return new PlaceLabels(map, apiBase);
}

class PlaceLabels implements PlaceLabelLayer {
  private readonly pane: HTMLElement;
  private labels: LabelData[] = [];
  private pinned: LabelData | null = null;
  private timer?: number;
  private abort?: AbortController;
  private readonly cache = new Map<string, LabelData[]>();
  private shownKey = '';

  constructor(private readonly map: L.Map, private readonly apiBase: string) {
    this.pane = map.createPane('atlas-labels');
    this.pane.style.zIndex = '350'; // basemap 250, reports' overlay pane 400
    this.pane.classList.add('atlas-labels-pane');
    // Text does not follow Leaflet's zoom animation: hide it while zooming, redraw where it lands.
    map.on('zoomstart', () => this.pane.classList.add('atlas-labels-zooming'));
    map.on('zoomend viewreset', () => {
      this.draw();
      this.pane.classList.remove('atlas-labels-zooming');
    });
    map.on('moveend zoomend', () => this.schedule());
    this.schedule();
  }

  pin(detail: EventDetail | null) {
    const c = detail?.geometry?.coordinates;
    this.pinned = detail && c ? {
      id: `event:${detail.id}`,
      name: (isUkrainian() && detail.placeUk) || detail.properties.place,
      lat: c[1],
      lon: c[0],
      population: 0,
      rank: -1,
      kind: 'pinned',
    } : null;
    this.draw();
  }

  private schedule() {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.load(), DEBOUNCE_MS);
  }

  private async load() {
    const zoom = Math.floor(this.map.getZoom());
    const key = `${viewBox(this.map)}|${zoom}|${isUkrainian() ? 'uk' : 'en'}`;
    if (key === this.shownKey) {
      this.draw(); // same answer, new view: what is in view and what collides has changed
      return;
    }
    const cached = this.cache.get(key);
    if (cached) {
      this.show(key, cached);
      return;
    }
    this.abort?.abort(); // an older view's answer is of no use any more
    const abort = new AbortController();
    this.abort = abort;
    const [bbox] = key.split('|');
    const params = new URLSearchParams({ bbox, zoom: String(zoom), lang: isUkrainian() ? 'uk' : 'en' });
    try {
      const response = await fetch(`${this.apiBase}/labels?${params}`, { signal: abort.signal });
      if (!response.ok) {
        console.warn('labels unavailable', response.status);
        return;
      }
      const labels = (await response.json()).labels as LabelData[];
      this.cache.set(key, labels);
      if (this.cache.size > CACHE_SIZE) {
        this.cache.delete(this.cache.keys().next().value as string);
      }
      if (!abort.signal.aborted) {
        this.show(key, labels);
      }
    } catch (e) {
      if ((e as Error).name !== 'AbortError') {
        console.warn('labels unavailable', e);
      }
    }
  }

  private show(key: string, labels: LabelData[]) {
    this.shownKey = key;
    this.labels = labels;
    this.draw();
  }

  /**
   * Greedy by rank: the open report's place first, then the largest places; a label whose box
   * overlaps one already placed is left out. All are laid out at once and measured in one pass.
   */
  private draw() {
    const candidates = this.pinned
      ? [this.pinned, ...this.labels.filter((l) => l.name !== this.pinned!.name)]
      : this.labels;
    const elements = candidates.map((l) => {
      const el = document.createElement('div');
      el.className = `atlas-place-label atlas-place-${l.kind}`;
      el.textContent = l.name; // text, never markup
      el.dataset.placeId = l.id;
      const p = this.map.latLngToLayerPoint([l.lat, l.lon]);
      el.style.left = `${Math.round(p.x)}px`;
      el.style.top = `${Math.round(p.y)}px`;
      return el;
    });
    this.pane.replaceChildren(...elements);
    const boxes = elements.map((el) => el.getBoundingClientRect());
    const view = this.map.getContainer().getBoundingClientRect();
    const kept = keptLabels(boxes, candidates.map((l) => l === this.pinned), view);
    elements.forEach((el, i) => {
      if (!kept[i]) {
        el.remove();
      }
    });
    this.map.fire(PLACES_DRAWN); // the water names make way
  }
}

/** The view as the API's bbox, a quarter larger on each side so small pans need no new answer. */
function viewBox(map: L.Map): string {
  const b = map.getBounds().pad(0.25);
  const lat = (v: number) => Math.min(90, Math.max(-90, v));
  let west = b.getWest();
  let east = b.getEast();
  if (east - west >= 360) {
    west = -180;
    east = 180;
  }
  // rounded so that a map nudged by a pixel asks the same question (and hits the cache)
  const step = Math.max(0.01, (east - west) / 20);
  const down = (v: number) => Math.floor(v / step) * step;
  const up = (v: number) => Math.ceil(v / step) * step;
  return [down(west), lat(down(b.getSouth())), up(east), lat(up(b.getNorth()))].map((v) => v.toFixed(3)).join(',');
}
