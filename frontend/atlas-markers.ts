// The reports of the window as circle markers coloured by type, clustered where dense, older ones
// faded; a popup and a tooltip each; one can be highlighted (from the list or under the pointer).
import * as L from 'leaflet';
import 'leaflet.markercluster';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import type { EventFeature } from './atlas-model';
import { typeStyle } from './atlas-types';
import { toDay } from './atlas-dates';
import { formatSpan, t } from './atlas-i18n';
import { isWebLink } from './atlas-detail';

const RADIUS = 7;
const HIGHLIGHT_RADIUS = 10;

/** What a marker tells the map when it is clicked or pointed at (id 0: pointer left). */
export interface MarkerEvents {
  select(id: number): void;
  hover(id: number): void;
}

/** How opaque a report ending {@code age} days before the window's end is: the newest stand out. */
export function freshness(age: number, windowDays: number): number {
  return windowDays > 1 ? 1 - 0.6 * Math.min(1, Math.max(0, age) / windowDays) : 1;
}

/** The cluster bubble's size for {@code n} reports. */
export function clusterSize(n: number): number {
  return n < 10 ? 30 : n < 100 ? 36 : 44;
}

export class MarkerLayer {
  private readonly cluster: L.MarkerClusterGroup;
  private readonly byId = new Map<number, L.CircleMarker>();
  private highlighted = 0;

  constructor(map: L.Map, private readonly events: MarkerEvents) {
    this.cluster = L.markerClusterGroup({
      maxClusterRadius: 36,
      spiderfyOnMaxZoom: true,
      showCoverageOnHover: false,
      // Many reports at one place never separate by zooming: spread them out on click instead.
      zoomToBoundsOnClick: true,
      iconCreateFunction: (c) => {
        const n = c.getChildCount();
        const size = clusterSize(n);
        return L.divIcon({ html: `<span data-count="${n}">${n}</span>`, className: 'atlas-cluster', iconSize: L.point(size, size) });
      },
    });
    this.cluster.addTo(map);
  }

  clear() {
    this.cluster.clearLayers();
  }

  /** Draws these reports of the window ending {@code date}; the cluster groups what is dense at this zoom. */
  draw(visible: EventFeature[], date: string, windowDays: number) {
    const end = toDay(date);
    const markers: L.CircleMarker[] = [];
    this.byId.clear();
    for (const f of visible) {
      const [lon, lat] = f.geometry.coordinates;
      const style = typeStyle(f.properties.type);
      const fresh = freshness(end - toDay(f.properties.dateEnd), windowDays);
      const marker = L.circleMarker([lat, lon], {
        radius: RADIUS,
        color: '#ffffff',
        weight: 1.5,
        fillColor: style.color,
        fillOpacity: 0.9 * fresh,
        opacity: fresh,
        className: `atlas-marker atlas-type-${style.code}`,
      });
      marker.bindPopup(() => popup(f));
      marker.bindTooltip(`${f.properties.place}: ${style.label}`, { direction: 'top' }); // place: data; type: translated
      marker.on('click', () => this.events.select(f.id));
      marker.on('mouseover', () => this.events.hover(f.id));
      marker.on('mouseout', () => this.events.hover(0));
      this.byId.set(f.id, marker);
      markers.push(marker);
    }
    this.cluster.clearLayers();
    this.cluster.addLayers(markers);
  }

  /** Rings the report's marker (0: none) and brings it to the front. */
  highlight(id: number) {
    const previous = this.byId.get(this.highlighted);
    previous?.setStyle({ color: '#ffffff', weight: 1.5 });
    previous?.setRadius(RADIUS);
    this.highlighted = id;
    const marker = this.byId.get(id);
    if (marker) {
      marker.setStyle({ color: '#111111', weight: 3 });
      marker.setRadius(HIGHLIGHT_RADIUS);
      marker.bringToFront();
    }
  }

  /** Zooms (or spiderfies) until the report's marker shows, then opens its popup. */
  reveal(id: number) {
    const marker = this.byId.get(id);
    if (marker) {
      this.cluster.zoomToShowLayer(marker, () => marker.openPopup());
    }
  }
}

/** Popup built from DOM nodes with textContent: article text is never parsed as HTML. */
function popup(f: EventFeature): HTMLElement {
  const p = f.properties;
  const box = document.createElement('div');
  box.className = 'atlas-popup';
  const title = document.createElement('strong');
  title.textContent = p.place;
  const meta = document.createElement('div');
  meta.className = 'atlas-popup-meta';
  meta.textContent = `${formatSpan(p.date, p.dateEnd)} · ${typeStyle(p.type).label}`;
  const summary = document.createElement('p');
  summary.textContent = p.summary;
  box.append(title, meta, summary);
  if (p.source || p.sourceUrl) {
    const source = document.createElement('div');
    source.className = 'atlas-popup-source';
    source.append(`${t('web.sourceLabel')} `);
    if (isWebLink(p.sourceUrl)) {
      const link = document.createElement('a');
      link.href = p.sourceUrl;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      link.textContent = p.source || p.sourceUrl;
      source.append(link);
    } else {
      source.append(p.source ?? '');
    }
    box.append(source);
  }
  return box;
}
