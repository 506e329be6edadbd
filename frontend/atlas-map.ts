import { html, LitElement, PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './styles/atlas-map.css';
import { EVENT_TYPES, typeStyle } from './atlas-types';
import { formatLong, fromDay, toDay } from './atlas-dates';
import { drawGrid, GRID_THRESHOLD, GridCollection, viewBbox } from './atlas-grid';

interface EventFeature {
  id: number;
  geometry: { coordinates: [number, number] };
  properties: {
    date: string;
    dateEnd: string;
    datePrecision: string;
    place: string;
    type: string;
    summary: string;
    source: string | null;
    sourceUrl: string | null;
  };
}

const WINDOWS: { days: number; label: string }[] = [
  { days: 1, label: '1 day' },
  { days: 7, label: '7 days' },
  { days: 30, label: '30 days' },
  { days: 0, label: 'All so far' },
];

const PLAY_INTERVAL_MS = 700;
const UKRAINE_BOUNDS = L.latLngBounds([44.3, 22.1], [52.4, 40.3]);

/**
 * The reader's map: an offline basemap, the events of a time window as circle markers coloured by
 * type, and a time bar (slider, step buttons, play, window choice). Light DOM, so Leaflet's global
 * CSS applies. Events come from /api/events for the window; the server side filters by time.
 */
@customElement('atlas-map')
export class AtlasMap extends LitElement {
  /** First and last day of the data (YYYY-MM-DD): the slider's span. */
  @property({ attribute: 'min-date' }) minDate = '';
  @property({ attribute: 'max-date' }) maxDate = '';
  /** The chosen day (end of the window) and the window in days (0 = everything so far). */
  @property() date = '';
  @property({ type: Number }) window = 7;
  @property({ attribute: 'tiles-url' }) tilesUrl = '';
  @property({ attribute: 'tiles-attribution' }) tilesAttribution = '';
  @property({ attribute: 'api-base' }) apiBase = '/api';

  @state() private playing = false;
  @state() private shown = 0;
  @state() private loading = false;
  @state() private error = '';
  /** True when the window was too big for the whole map: then counts and drawing follow the view. */
  @state() private inView = false;

  private map?: L.Map;
  private markers = L.layerGroup();
  private cells = L.layerGroup();
  private fetchAbort?: AbortController;
  private playTimer?: number;
  private resizeObserver?: ResizeObserver;

  protected createRenderRoot() {
    return this;
  }

  render() {
    const day = this.dayIndex();
    const min = this.minDate ? toDay(this.minDate) : day;
    const max = this.maxDate ? toDay(this.maxDate) : day;
    const from = this.windowStart();
    const windowText = this.window === 0 ? `up to ${formatLong(this.date)}`
      : this.window === 1 ? `on ${formatLong(this.date)}`
      : `in the ${this.window} days to ${formatLong(this.date)}`;
    return html`
      <div class="atlas-map-canvas" role="region" aria-label="Map of reports"></div>
      <div class="atlas-timebar" role="group" aria-label="Time">
        <div class="atlas-timebar-buttons">
          <button class="atlas-play" @click=${this.togglePlay}
                  aria-label=${this.playing ? 'Pause' : 'Play'} title=${this.playing ? 'Pause' : 'Play day by day'}>
            ${this.playing ? '❚❚' : '▶'}
          </button>
          <button class="atlas-back-week" @click=${() => this.step(-7)} aria-label="Back one week" title="Back one week">«</button>
          <button class="atlas-back-day" @click=${() => this.step(-1)} aria-label="Back one day" title="Back one day">‹</button>
          <button class="atlas-forward-day" @click=${() => this.step(1)} aria-label="Forward one day" title="Forward one day">›</button>
          <button class="atlas-forward-week" @click=${() => this.step(7)} aria-label="Forward one week" title="Forward one week">»</button>
        </div>
        <input class="atlas-slider" type="range" min=${min} max=${max} step="1" .value=${String(day)}
               aria-label="Date" aria-valuetext=${formatLong(this.date)}
               @input=${this.onSlider} />
        <div class="atlas-timebar-info">
          <output class="atlas-date" aria-live="polite">${formatLong(this.date)}</output>
          <label class="atlas-window-label">Window
            <select class="atlas-window" @change=${this.onWindow} aria-label="Window">
              ${WINDOWS.map((w) => html`<option value=${w.days} ?selected=${w.days === this.window}>${w.label}</option>`)}
            </select>
          </label>
          <span class="atlas-count" data-count=${this.shown} data-from=${from} data-to=${this.date}>
            ${this.loading ? 'Loading…' : this.error ? this.error
              : `${this.shown.toLocaleString('en-GB')} ${this.shown === 1 ? 'report' : 'reports'}${this.inView ? ' in view' : ''} ${windowText}`}
          </span>
        </div>
      </div>
    `;
  }

  firstUpdated() {
    const container = this.querySelector('.atlas-map-canvas') as HTMLElement;
    this.map = L.map(container, {
      minZoom: 3,
      maxZoom: 14,
      worldCopyJump: true,
      zoomSnap: 0.5,
    });
    this.map.fitBounds(UKRAINE_BOUNDS);
    // The basemap gets a pane of its own below the overlay pane, so markers always draw on top.
    this.map.createPane('basemap').style.zIndex = '250';
    this.map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    if (this.tilesUrl) {
      L.tileLayer(this.tilesUrl, { attribution: this.tilesAttribution, maxZoom: 18 }).addTo(this.map);
    }
    this.loadBasemap();
    this.markers.addTo(this.map);
    this.cells.addTo(this.map);
    // A big window is drawn for the view only: follow the reader's pans and zooms.
    this.map.on('moveend', () => {
      if (this.inView) {
        this.loadEvents(true);
      }
    });
    this.addLegend();
    // The map may be laid out after Leaflet measured it (Vaadin layouts, full screen): re-measure.
    let fitted = false;
    this.resizeObserver = new ResizeObserver(() => {
      this.map?.invalidateSize();
      if (!fitted && container.clientWidth > 0 && container.clientHeight > 0) {
        fitted = true; // frame Ukraine once the real size is known, then leave the view to the reader
        this.map?.fitBounds(UKRAINE_BOUNDS);
      }
    });
    this.resizeObserver.observe(container);
    this.addEventListener('keydown', this.onKey);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stopPlay();
    this.resizeObserver?.disconnect();
    this.fetchAbort?.abort();
  }

  protected updated(changed: PropertyValues) {
    if (changed.has('date') || changed.has('window') || changed.has('minDate')) {
      this.loadEvents();
      this.syncUrl();
    }
  }

  /** Reloads the current window, e.g. after the server reports a change. */
  refresh() {
    this.loadEvents();
  }

  private dayIndex(): number {
    return this.date ? toDay(this.date) : toDay(new Date().toISOString().slice(0, 10));
  }

  private windowStart(): string {
    if (this.window === 0) {
      return this.minDate || this.date;
    }
    return fromDay(this.dayIndex() - (this.window - 1));
  }

  private async loadBasemap() {
    const renderer = L.canvas({ padding: 0.2, pane: 'basemap' });
    const base = this.apiBase.replace(/\/api$/, '');
    const layers: [string, L.PathOptions][] = [
      // Over an online tile layer the outlines stay but the land fill would hide the tiles.
      ['/basemap/countries.geojson', { color: '#8a8f98', weight: 1, fillColor: '#eceae4', fillOpacity: this.tilesUrl ? 0 : 1 }],
      ['/basemap/ukraine-oblasts.geojson', { color: '#b0a890', weight: 0.8, fill: false, dashArray: '3 3' }],
    ];
    for (const [url, style] of layers) {
      try {
        const response = await fetch(base + url);
        if (!response.ok) {
          throw new Error(`${response.status}`);
        }
        const data = await response.json();
        const layer = L.geoJSON(data, { style: () => style, renderer, pane: 'basemap', interactive: false } as L.GeoJSONOptions);
        layer.addTo(this.map!);
      } catch (e) {
        console.warn('basemap layer unavailable', url, e);
      }
    }
    this.map?.attributionControl.addAttribution('Basemap: Natural Earth');
    this.dataset.basemap = 'ready';
  }

  /**
   * Fetches the window and draws it. Up to {@link GRID_THRESHOLD} events are drawn one by one, for
   * the whole map as before. Beyond that the server sends only the count (truncated), and the map
   * asks again for the view: single markers if the view holds few enough, else grid cells.
   * {@code viewOnly} skips the whole-map question after a pan or zoom (the window has not changed).
   */
  private async loadEvents(viewOnly = false) {
    if (!this.map || !this.date) {
      return;
    }
    this.fetchAbort?.abort();
    const abort = new AbortController();
    this.fetchAbort = abort;
    this.loading = true;
    const from = this.windowStart();
    const to = this.date;
    const query = { from, to, limit: String(GRID_THRESHOLD) };
    try {
      let data = viewOnly ? undefined : await this.getJson('events', query, abort);
      const inView = !data || data.truncated;
      if (inView) {
        data = await this.getJson('events', { ...query, bbox: viewBbox(this.map) }, abort);
      }
      if (data.truncated) {
        const grid: GridCollection = await this.getJson('events/grid',
          { from, to, bbox: viewBbox(this.map), zoom: String(Math.floor(this.map.getZoom())) }, abort);
        this.markers.clearLayers();
        drawGrid(this.cells, grid.features, this.map);
        this.showDrawn('grid', grid.total, from, to, inView);
      } else {
        this.cells.clearLayers();
        this.drawEvents(data.features as EventFeature[]);
        this.showDrawn('markers', data.features.length, from, to, inView);
      }
      this.error = '';
    } catch (e) {
      if ((e as Error).name === 'AbortError') {
        return;
      }
      this.error = `Could not load reports: ${(e as Error).message}`;
    } finally {
      if (this.fetchAbort === abort) {
        this.loading = false;
      }
    }
  }

  private async getJson(path: string, params: Record<string, string>, abort: AbortController) {
    const response = await fetch(`${this.apiBase}/${path}?${new URLSearchParams(params)}`, { signal: abort.signal });
    if (!response.ok) {
      throw new Error(`the server answered ${response.status}`);
    }
    return response.json();
  }

  /** Marks what is on the map (data-mode, data-drawn="from/to") for tests, benchmarks and styles. */
  private showDrawn(mode: 'markers' | 'grid', shown: number, from: string, to: string, inView: boolean) {
    this.inView = inView;
    this.shown = shown;
    this.dataset.shown = String(shown);
    this.dataset.mode = mode;
    this.dataset.drawn = `${from}/${to}`;
  }

  private drawEvents(features: EventFeature[]) {
    this.markers.clearLayers();
    const end = this.dayIndex();
    const span = this.window === 0 ? 0 : this.window;
    for (const f of features) {
      const [lon, lat] = f.geometry.coordinates;
      const style = typeStyle(f.properties.type);
      // Older reports in the window fade, so the newest stand out.
      const age = Math.max(0, end - toDay(f.properties.dateEnd));
      const freshness = span > 1 ? 1 - 0.6 * Math.min(1, age / span) : 1;
      const marker = L.circleMarker([lat, lon], {
        radius: 7,
        color: '#ffffff',
        weight: 1.5,
        fillColor: style.color,
        fillOpacity: 0.9 * freshness,
        opacity: freshness,
        className: `atlas-marker atlas-type-${style.code}`,
      });
      marker.bindPopup(() => this.popup(f));
      marker.bindTooltip(`${f.properties.place}: ${style.label}`, { direction: 'top' });
      marker.addTo(this.markers);
    }
  }

  /** Popup built from DOM nodes with textContent: article text is never parsed as HTML. */
  private popup(f: EventFeature): HTMLElement {
    const p = f.properties;
    const box = document.createElement('div');
    box.className = 'atlas-popup';
    const title = document.createElement('strong');
    title.textContent = p.place;
    const meta = document.createElement('div');
    meta.className = 'atlas-popup-meta';
    const when = p.dateEnd && p.dateEnd !== p.date ? `${p.date} – ${p.dateEnd}` : p.date;
    meta.textContent = `${when} · ${typeStyle(p.type).label}`;
    const summary = document.createElement('p');
    summary.textContent = p.summary;
    box.append(title, meta, summary);
    if (p.source || p.sourceUrl) {
      const source = document.createElement('div');
      source.className = 'atlas-popup-source';
      source.append('Source: ');
      if (p.sourceUrl && /^https?:\/\//i.test(p.sourceUrl)) {
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

  private addLegend() {
    const legend = new L.Control({ position: 'bottomright' });
    legend.onAdd = () => {
      const div = L.DomUtil.create('div', 'atlas-legend');
      div.setAttribute('role', 'list');
      div.setAttribute('aria-label', 'Legend: event types');
      for (const t of EVENT_TYPES) {
        const row = L.DomUtil.create('div', 'atlas-legend-row', div);
        row.setAttribute('role', 'listitem');
        const swatch = L.DomUtil.create('span', 'atlas-legend-swatch', row);
        swatch.style.background = t.color;
        row.append(t.label);
      }
      L.DomEvent.disableClickPropagation(div);
      return div;
    };
    legend.addTo(this.map!);
  }

  private onSlider(e: Event) {
    this.setDay(Number((e.target as HTMLInputElement).value));
  }

  private onWindow(e: Event) {
    this.window = Number((e.target as HTMLSelectElement).value);
    this.dispatchChange();
  }

  private onKey = (e: KeyboardEvent) => {
    if (e.target instanceof HTMLInputElement && e.target.classList.contains('atlas-slider')) {
      // The range input already handles arrows; add weeks and the ends.
      if (e.key === 'PageUp' || e.key === 'PageDown') {
        e.preventDefault();
        this.step(e.key === 'PageUp' ? 7 : -7);
      }
    }
  };

  private step(days: number) {
    this.setDay(this.dayIndex() + days);
  }

  private setDay(day: number) {
    const min = this.minDate ? toDay(this.minDate) : day;
    const max = this.maxDate ? toDay(this.maxDate) : day;
    const clamped = Math.min(max, Math.max(min, day));
    const next = fromDay(clamped);
    if (next !== this.date) {
      this.date = next;
      this.dispatchChange();
    }
  }

  private togglePlay() {
    if (this.playing) {
      this.stopPlay();
      return;
    }
    if (this.maxDate && this.date >= this.maxDate) {
      this.date = this.minDate; // play from the start when at the end
    }
    this.playing = true;
    this.playTimer = window.setInterval(() => {
      if (this.maxDate && this.date >= this.maxDate) {
        this.stopPlay();
      } else {
        this.step(1);
      }
    }, PLAY_INTERVAL_MS);
  }

  private stopPlay() {
    this.playing = false;
    if (this.playTimer !== undefined) {
      window.clearInterval(this.playTimer);
      this.playTimer = undefined;
    }
  }

  /** Keeps ?date=&window= in the address bar so the view can be shared and reopened. */
  private syncUrl() {
    if (!this.date) {
      return;
    }
    const url = new URL(window.location.href);
    url.searchParams.set('date', this.date);
    url.searchParams.set('window', String(this.window));
    window.history.replaceState(window.history.state, '', url);
  }

  private dispatchChange() {
    this.dispatchEvent(new CustomEvent('atlas-view-changed', {
      detail: { date: this.date, window: this.window },
      bubbles: true,
    }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-map': AtlasMap;
  }
}
