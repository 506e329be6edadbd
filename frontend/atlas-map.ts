import { html, LitElement, nothing, PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import * as L from 'leaflet';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import './styles/atlas-map.css';
import './atlas-timebar';
import './atlas-event-list';
import type { AtlasEventList } from './atlas-event-list';
import type { DayCount } from './atlas-timebar';
import type { EventDetail, EventFeature, PlaceHit } from './atlas-model';
import { EVENT_TYPES, typeStyle } from './atlas-types';
import { formatLong, fromDay, toDay } from './atlas-dates';
import { formatDay, formatNumber, formatSpan, isUkrainian, kindLabel, setStrings, Strings, t, tn, typeLabel } from './atlas-i18n';
import { drawGrid, GRID_THRESHOLD, GridCollection, viewBbox } from './atlas-grid';
import { ControlLayer } from './atlas-control';
import { addPlaceLabels, PlaceLabelLayer } from './atlas-labels';
import { WaterLayer } from './atlas-water';

const UKRAINE_BOUNDS = L.latLngBounds([44.3, 22.1], [52.4, 40.3]);
const PLAY_BASE_MS = 1000;

/** One stop of a tour: a date, window and view, with the teacher's note. */
export interface TourStop {
  date: string;
  window: number;
  lat: number | null;
  lon: number | null;
  zoom: number | null;
  note: string;
}

/**
 * The reader's map. An offline basemap; the events of a time window (filtered on the server by
 * time and type, then by source and confidence here) drawn as circle markers coloured by type and
 * clustered when dense; a list of the same events beside the map; an event panel with every source;
 * a place search; a time bar with histogram and play. Everything that makes the view is kept in
 * the address, so a link reopens the same view. Light DOM, so Leaflet's global CSS applies.
 */
@customElement('atlas-map')
export class AtlasMap extends LitElement {
  @property({ attribute: 'min-date' }) minDate = '';
  @property({ attribute: 'max-date' }) maxDate = '';
  @property() date = '';
  @property({ type: Number }) window = 7;
  @property({ type: Number }) speed = 1;
  @property({ type: Boolean }) loop = false;
  /** Comma-separated event type codes; empty = all. */
  @property() types = '';
  @property() source = '';
  @property({ type: Number, attribute: 'min-confidence' }) minConfidence = 0;
  /** Initial view; NaN = frame Ukraine. */
  @property({ type: Number }) lat = NaN;
  @property({ type: Number }) lon = NaN;
  @property({ type: Number }) zoom = NaN;
  @property({ type: Number }) selected = 0;
  /** reader | present | embed */
  @property({ reflect: true }) mode = 'reader';
  /** Present mode: play from the chosen date to this one by itself. */
  @property({ attribute: 'autoplay-to' }) autoplayTo = '';
  @property({ attribute: false }) tour: { name: string; stops: TourStop[] } | null = null;
  @property({ type: Number, attribute: 'tour-stop' }) tourStop = 0;
  @property({ attribute: 'tiles-url' }) tilesUrl = '';
  @property({ attribute: 'tiles-attribution' }) tilesAttribution = '';
  @property({ attribute: 'api-base' }) apiBase = '/api';
  /** The UI's words in the page's language (keys web.*, type.*, kind.*), sent by the server. */
  @property({ attribute: false }) strings: Strings = {};
  /** More reports than this in a window and the map draws server-counted grid cells instead. */
  @property({ type: Number, attribute: 'grid-threshold' }) gridThreshold = GRID_THRESHOLD;

  @state() private playing = false;
  @state() private features: EventFeature[] = [];
  @state() private histogram: DayCount[] = [];
  @state() private loading = false;
  @state() private error = '';
  @state() private highlighted = 0;
  @state() private detail: EventDetail | null = null;
  /** On a phone the list starts closed so the map has the room; a chosen event opens it. */
  @state() private listOpen = !window.matchMedia('(max-width: 700px)').matches;
  @state() private filtersOpen = false;
  @state() private placeHits: PlaceHit[] = [];
  @state() private placeQuery = '';
  /** True when the window was too big for the whole map: then counts and drawing follow the view. */
  @state() private inView = false;
  /** Reports drawn as grid cells (0 when single markers are drawn). */
  @state() private gridTotal = 0;

  private map?: L.Map;
  private cluster?: L.MarkerClusterGroup;
  private cells = L.layerGroup();
  private control?: ControlLayer;
  private labels?: PlaceLabelLayer;
  private water?: WaterLayer;
  /** The view box the drawn reports were fetched for, when they follow the view. */
  private drawnBbox = '';
  private markerById = new Map<number, L.CircleMarker>();
  private fetchAbort?: AbortController;
  private playTimer?: number;
  private resizeObserver?: ResizeObserver;
  private searchTimer?: number;

  protected createRenderRoot() {
    return this;
  }

  protected willUpdate(changed: PropertyValues) {
    if (changed.has('strings')) {
      setStrings(this.strings, this.lang || document.documentElement.lang);
    }
  }

  private get visible(): EventFeature[] {
    return this.features.filter((f) =>
      (!this.source || f.properties.source === this.source)
      && f.properties.confidence >= this.minConfidence);
  }

  private get typeSet(): Set<string> {
    return new Set(this.types.split(',').map((t) => t.trim()).filter((t) => t));
  }

  render() {
    const visible = this.visible;
    const shown = this.gridTotal || visible.length;
    const sources = [...new Set(this.features.map((f) => f.properties.source).filter((s): s is string => !!s))].sort();
    const chrome = this.mode === 'reader';
    const stop = this.tour?.stops[this.tourStop];
    return html`
      ${this.mode === 'embed' ? nothing : html`
      <div class="atlas-toolbar" role="toolbar" aria-label=${t('web.toolbar')}>
        <div class="atlas-search" role="search">
          <input class="atlas-search-input" type="search" placeholder=${t('web.searchPlaceholder')} aria-label=${t('web.search')}
                 autocomplete="off" .value=${this.placeQuery} @input=${this.onSearchInput} @keydown=${this.onSearchKey}
                 aria-controls="atlas-search-results" aria-expanded=${this.placeHits.length > 0 ? 'true' : 'false'} />
          ${this.placeHits.length === 0 ? nothing : html`
            <ul class="atlas-search-results" id="atlas-search-results" role="listbox" aria-label=${t('web.places')}>
              ${this.placeHits.map((p) => html`<li role="option" aria-selected="false">
                <button class="atlas-search-hit" @click=${() => this.flyToPlace(p)}>
                  <strong>${this.placeName(p)}</strong> <span>${this.placeDetail(p)}</span></button></li>`)}
            </ul>`}
        </div>
        <button class="atlas-filters-toggle" aria-expanded=${this.filtersOpen ? 'true' : 'false'}
                aria-controls="atlas-filters" @click=${() => { this.filtersOpen = !this.filtersOpen; }}>
          ${t('web.filters')}${this.typeSet.size || this.source || this.minConfidence ? ' •' : ''}</button>
        <button class="atlas-list-toggle" aria-expanded=${this.listOpen ? 'true' : 'false'}
                @click=${() => { this.listOpen = !this.listOpen; }}>${t('web.list')}</button>
        ${chrome ? html`<a class="atlas-present-link" href=${this.presentHref()}>${t('web.present')}</a>` : html`
          <button class="atlas-fullscreen" @click=${this.toggleFullscreen} aria-label=${t('web.fullScreen')}>⛶ ${t('web.fullScreen')}</button>`}
        ${this.languageSwitch()}
      </div>`}
      ${this.filtersOpen && this.mode !== 'embed' ? html`
        <fieldset class="atlas-filters" id="atlas-filters">
          <legend>${t('web.show')}</legend>
          <div class="atlas-type-filters" role="group" aria-label=${t('web.eventTypes')}>
            ${EVENT_TYPES.map((ty) => html`<label class="atlas-type-filter">
              <input type="checkbox" value=${ty.code} .checked=${this.typeSet.size === 0 || this.typeSet.has(ty.code)}
                     @change=${this.onTypeFilter} />
              <span class="atlas-legend-swatch" style="background:${ty.color}"></span>${typeLabel(ty.code)}</label>`)}
          </div>
          <label class="atlas-control">${t('web.source')}
            <select class="atlas-source-filter" aria-label=${t('web.source')} @change=${(e: Event) => {
              this.source = (e.target as HTMLSelectElement).value;
            }}>
              <option value="" ?selected=${!this.source}>${t('web.allSources')}</option>
              ${sources.map((s) => html`<option value=${s} ?selected=${s === this.source}>${s}</option>`)}
              ${this.source && !sources.includes(this.source) ? html`<option value=${this.source} selected>${this.source}</option>` : nothing}
            </select>
          </label>
          <label class="atlas-control">${t('web.confidenceAtLeast')}
            <input class="atlas-confidence-filter" type="range" min="0" max="1" step="0.1" .value=${String(this.minConfidence)}
                   aria-label=${t('web.minConfidence')} @change=${(e: Event) => {
                     this.minConfidence = Number((e.target as HTMLInputElement).value);
                   }} />
            <output>${formatNumber(this.minConfidence, { style: 'percent' })}</output>
          </label>
        </fieldset>` : nothing}
      <div class="atlas-body ${this.listOpen && this.mode !== 'embed' ? 'with-side' : ''}">
        <div class="atlas-map-canvas" role="region" aria-label=${t('web.mapRegion')} aria-busy=${this.loading ? 'true' : 'false'}></div>
        ${stop ? html`
          <div class="atlas-tour-note" role="note" aria-live="polite">
            <div class="atlas-tour-title">${t('web.tourStop', this.tour!.name, formatNumber(this.tourStop + 1), formatNumber(this.tour!.stops.length))}</div>
            <p>${stop.note}</p>
            <div class="atlas-tour-buttons">
              <button class="atlas-tour-prev" ?disabled=${this.tourStop === 0} @click=${() => this.goToStop(this.tourStop - 1)}>${t('web.previous')}</button>
              <button class="atlas-tour-next" ?disabled=${this.tourStop >= this.tour!.stops.length - 1} @click=${() => this.goToStop(this.tourStop + 1)}>${t('web.next')}</button>
            </div>
          </div>` : nothing}
        ${this.listOpen && this.mode !== 'embed' ? html`
          <aside class="atlas-side" aria-label=${t('web.reports')}>
            ${this.detail ? this.renderDetail(this.detail) : nothing}
            <atlas-event-list .events=${visible} selected=${this.selected} highlighted=${this.highlighted}
                              @atlas-select=${(e: CustomEvent) => this.select(e.detail.id, true)}
                              @atlas-highlight=${(e: CustomEvent) => this.highlight(e.detail.id, false)}></atlas-event-list>
          </aside>` : nothing}
      </div>
      <atlas-timebar min-date=${this.minDate} max-date=${this.maxDate} date=${this.date} window=${this.window}
                     speed=${this.speed} ?loop=${this.loop} ?playing=${this.playing} .histogram=${this.histogram}
                     summary=${this.summaryText(shown)}
                     @atlas-date-change=${(e: CustomEvent) => this.setDate(e.detail.date)}
                     @atlas-window-change=${(e: CustomEvent) => { this.window = e.detail.window; }}
                     @atlas-play-toggle=${this.togglePlay}
                     @atlas-speed-change=${(e: CustomEvent) => this.setSpeed(e.detail.speed)}
                     @atlas-loop-change=${(e: CustomEvent) => { this.loop = e.detail.loop; }}></atlas-timebar>
      <span class="atlas-count" hidden data-count=${shown} data-from=${this.windowStart()} data-to=${this.date}></span>
    `;
  }

  private renderDetail(d: EventDetail) {
    const p = d.properties;
    const style = typeStyle(p.type);
    return html`
      <section class="atlas-detail" aria-labelledby="atlas-detail-title">
        <button class="atlas-detail-close" aria-label=${t('web.closeReport')} @click=${() => this.select(0, false)}>×</button>
        <h2 id="atlas-detail-title">${p.place}</h2>
        ${this.gazetteerName(d)}
        <div class="atlas-detail-meta"><span class="atlas-legend-swatch" style="background:${style.color}"></span>
          ${style.label} · ${formatSpan(p.date, p.dateEnd)}
          · ${t('web.confidence', formatNumber(p.confidence, { style: 'percent' }))}</div>
        <p class="atlas-detail-summary">${p.summary}</p>
        <h3>${t('web.sources')}</h3>
        <ul class="atlas-detail-sources">
          ${p.source || p.sourceUrl ? html`<li>${this.link(p.source || p.sourceUrl || '', p.sourceUrl)}</li>` : nothing}
          ${d.sources.map((s) => html`<li>
            ${this.link([s.publisher, s.title].filter((x) => x).join(': ') || t('web.article'), s.url)}
            ${s.publishedOn ? html` <span class="atlas-detail-date">(${formatDay(s.publishedOn)})</span>` : nothing}
            <blockquote>${s.quote}</blockquote></li>`)}
        </ul>
      </section>`;
  }

  /** Only http(s) links become links; text is always text. */
  private link(text: string, url: string | null) {
    return url && /^https?:\/\//i.test(url)
      ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${text}</a>`
      : html`<span>${text}</span>`;
  }

  private summaryText(count: number): string {
    // While loading, the previous line stays (a changing line would re-lay the bar out and move the map).
    if (this.error) {
      return this.error;
    }
    const when = this.window === 0 ? t('web.upTo', formatLong(this.date))
      : this.window === 1 ? t('web.on', formatLong(this.date))
      : tn('web.inDays', this.window, formatLong(this.date));
    const grid = this.gridTotal ? ` ${t('web.tooMany')}` : '';
    return `${tn('web.count', count)}${this.inView ? ` ${t('web.inView')}` : ''} ${when}${grid}`;
  }

  firstUpdated() {
    const container = this.querySelector('.atlas-map-canvas') as HTMLElement;
    this.map = L.map(container, { minZoom: 3, maxZoom: 14, worldCopyJump: true, zoomSnap: 0.5, zoomControl: false });
    // Leaflet's own buttons say "Zoom in" in English: give them the page's words.
    L.control.zoom({ zoomInTitle: t('web.zoomIn'), zoomOutTitle: t('web.zoomOut') }).addTo(this.map);
    const initial = Number.isFinite(this.lat) && Number.isFinite(this.lon) && Number.isFinite(this.zoom);
    if (initial) {
      this.map.setView([this.lat, this.lon], this.zoom);
    } else {
      this.map.fitBounds(UKRAINE_BOUNDS);
    }
    // The basemap gets a pane of its own below the overlay pane, so markers always draw on top.
    this.map.createPane('basemap').style.zIndex = '250';
    this.map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    if (this.tilesUrl) {
      L.tileLayer(this.tilesUrl, { attribution: this.tilesAttribution, maxZoom: 18 }).addTo(this.map);
    }
    this.water = new WaterLayer(this.map, window.matchMedia('(prefers-color-scheme: dark)').matches);
    this.loadBasemap();
    this.labels = addPlaceLabels(this.map, this.apiBase);
    this.cluster = L.markerClusterGroup({
      maxClusterRadius: 36,
      spiderfyOnMaxZoom: true,
      showCoverageOnHover: false,
      // Many reports at one place never separate by zooming: spread them out on click instead.
      zoomToBoundsOnClick: true,
      iconCreateFunction: (c) => {
        const n = c.getChildCount();
        return L.divIcon({
          html: `<span data-count="${n}">${n}</span>`,
          className: 'atlas-cluster',
          iconSize: L.point(n < 10 ? 30 : n < 100 ? 36 : 44, n < 10 ? 30 : n < 100 ? 36 : 44),
        });
      },
    });
    this.cluster.addTo(this.map);
    this.cells.addTo(this.map);
    this.addLegend();
    this.control = new ControlLayer(this.map, this); // shown for the date by updated()
    this.map.on('moveend', () => {
      this.syncUrl();
      // A big window is drawn for the view only: follow the reader's pans and zooms (not mere re-measures).
      if (this.inView && this.map && viewBbox(this.map) !== this.drawnBbox) {
        this.loadEvents(true);
      }
    });
    let fitted = initial;
    this.resizeObserver = new ResizeObserver(() => {
      this.map?.invalidateSize();
      if (!fitted && container.clientWidth > 0 && container.clientHeight > 0) {
        fitted = true; // frame Ukraine once the real size is known, then leave the view to the reader
        this.map?.fitBounds(UKRAINE_BOUNDS);
      }
    });
    this.resizeObserver.observe(container);
    this.addEventListener('keydown', this.onKey);
    if (this.autoplayTo) {
      this.startPlay();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stopPlay();
    this.resizeObserver?.disconnect();
    this.fetchAbort?.abort();
    document.removeEventListener('keydown', this.onTourKey);
  }

  connectedCallback() {
    super.connectedCallback();
    document.addEventListener('keydown', this.onTourKey);
  }

  protected updated(changed: PropertyValues) {
    if (changed.has('detail')) this.labels?.pin(this.detail);
    if (changed.has('date') || changed.has('window') || changed.has('types') || changed.has('minDate')
        || changed.has('gridThreshold')) {
      this.loadEvents();
    }
    if (changed.has('date')) {
      this.control?.show(this.date);
      if (this.mode === 'present') this.control?.showChange(changed.get('date'), this.date);
      this.water?.show(this.date);
    }
    if (changed.has('types') || changed.has('minDate') || changed.has('maxDate')) {
      this.loadHistogram();
    }
    if (changed.has('source') || changed.has('minConfidence')) {
      this.drawEvents();
    }
    if (changed.has('selected') && this.selected && this.detail?.id !== this.selected) {
      this.loadDetail(this.selected);
    }
    if (changed.has('tour') && this.tour && this.tour.stops.length > 0) {
      this.goToStop(Math.min(this.tourStop, this.tour.stops.length - 1));
    }
    const urlKeys = ['date', 'window', 'types', 'source', 'minConfidence', 'selected', 'speed', 'tourStop'];
    if (urlKeys.some((k) => changed.has(k))) {
      this.syncUrl();
    }
  }

  /** Reloads the current window, e.g. after the server reports a change. */
  refresh() {
    this.loadEvents();
    this.loadHistogram();
  }

  private windowStart(): string {
    if (!this.date) {
      return '';
    }
    if (this.window === 0) {
      return this.minDate || this.date;
    }
    return fromDay(toDay(this.date) - (this.window - 1));
  }

  private async loadBasemap() {
    const renderer = L.canvas({ padding: 0.2, pane: 'basemap' });
    const base = this.apiBase.replace(/\/api$/, '');
    const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
    const layers: [string, L.PathOptions][] = [
      // Over an online tile layer the outlines stay but the land fill would hide the tiles.
      ['/basemap/countries.geojson', {
        color: dark ? '#6b7380' : '#8a8f98', weight: 1, fillColor: dark ? '#2e333b' : '#eceae4',
        fillOpacity: this.tilesUrl ? 0 : 1,
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
          .addTo(this.map!);
      } catch (e) {
        console.warn('basemap layer unavailable', url, e);
      }
    }
    await this.water?.load(base + '/basemap/water.geojson');
    this.map?.attributionControl.addAttribution(t('web.basemap'));
    this.dataset.basemap = 'ready';
  }

  private async loadHistogram() {
    const params = new URLSearchParams();
    if (this.types === 'none') {
      this.histogram = [];
      return;
    }
    if (this.types) {
      params.set('type', this.types);
    }
    try {
      const response = await fetch(`${this.apiBase}/histogram?${params}`);
      if (response.ok) {
        const data = await response.json();
        this.histogram = (data.days as [string, number][]).map(([d, n]) => [toDay(d), n]);
      }
    } catch (e) {
      console.warn('histogram unavailable', e);
    }
  }

  /**
   * Fetches the window and draws it. Up to {@link GRID_THRESHOLD} events are drawn one by one, for
   * the whole map. Beyond that the server sends only the count (truncated), and the map asks again
   * for the view: single markers if the view holds few enough, else grid cells counted on the
   * server. {@code viewOnly} skips the whole-map question after a pan or zoom.
   */
  private async loadEvents(viewOnly = false) {
    if (!this.map || !this.date) {
      return;
    }
    this.fetchAbort?.abort();
    if (this.types === 'none') {
      this.features = []; // every type unticked: nothing to ask the server for
      this.gridTotal = 0;
      this.cells.clearLayers();
      this.drawEvents();
      return;
    }
    const abort = new AbortController();
    this.fetchAbort = abort;
    this.loading = true;
    const from = this.windowStart();
    const to = this.date;
    const query: Record<string, string> = { from, to, limit: String(this.gridThreshold) };
    if (this.types) {
      query.type = this.types;
    }
    try {
      let data = viewOnly ? undefined : await this.getJson('events', query, abort);
      const inView = !data || data.truncated;
      if (inView) {
        this.drawnBbox = viewBbox(this.map);
        data = await this.getJson('events', { ...query, bbox: this.drawnBbox }, abort);
      }
      this.inView = inView;
      if (data.truncated) {
        const gridQuery: Record<string, string> = { from, to, bbox: viewBbox(this.map), zoom: String(Math.floor(this.map.getZoom())) };
        if (this.types) {
          gridQuery.type = this.types;
        }
        const grid: GridCollection = await this.getJson('events/grid', gridQuery, abort);
        this.features = [];
        this.gridTotal = grid.total;
        this.cluster?.clearLayers();
        drawGrid(this.cells, grid.features, this.map);
        this.dataset.mode = 'grid';
      } else {
        this.features = data.features as EventFeature[];
        this.gridTotal = 0;
        this.cells.clearLayers();
        this.drawEvents();
        this.dataset.mode = 'markers';
      }
      this.dataset.drawn = `${from}/${to}`;
      this.error = '';
    } catch (e) {
      if ((e as Error).name === 'AbortError') {
        return;
      }
      this.error = t('web.loadFailed', (e as Error).message);
    } finally {
      if (this.fetchAbort === abort) {
        this.loading = false;
      }
    }
  }

  private async getJson(path: string, params: Record<string, string>, abort: AbortController) {
    const response = await fetch(`${this.apiBase}/${path}?${new URLSearchParams(params)}`, { signal: abort.signal });
    if (!response.ok) {
      throw new Error(t('web.serverAnswered', response.status));
    }
    return response.json();
  }

  /** Draws what passes the filters; the cluster layer groups what is dense at this zoom. */
  private drawEvents() {
    if (!this.cluster) {
      return;
    }
    const visible = this.visible;
    const end = toDay(this.date);
    const span = this.window;
    const markers: L.CircleMarker[] = [];
    this.markerById.clear();
    for (const f of visible) {
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
      marker.bindTooltip(`${f.properties.place}: ${style.label}`, { direction: 'top' }); // place: data; type: translated
      marker.on('click', () => this.select(f.id, false));
      marker.on('mouseover', () => this.highlight(f.id, true));
      marker.on('mouseout', () => this.highlight(0, false));
      this.markerById.set(f.id, marker);
      markers.push(marker);
    }
    this.cluster.clearLayers();
    this.cluster.addLayers(markers);
    this.dataset.shown = String(visible.length);
    this.requestUpdate();
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
    const when = formatSpan(p.date, p.dateEnd);
    meta.textContent = `${when} · ${typeStyle(p.type).label}`;
    const summary = document.createElement('p');
    summary.textContent = p.summary;
    box.append(title, meta, summary);
    if (p.source || p.sourceUrl) {
      const source = document.createElement('div');
      source.className = 'atlas-popup-source';
      source.append(`${t('web.sourceLabel')} `);
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

  private highlight(id: number, fromMap: boolean) {
    const previous = this.markerById.get(this.highlighted);
    previous?.setStyle({ color: '#ffffff', weight: 1.5 });
    previous?.setRadius(7);
    this.highlighted = id;
    const marker = this.markerById.get(id);
    if (marker) {
      marker.setStyle({ color: '#111111', weight: 3 });
      marker.setRadius(10);
      marker.bringToFront();
    }
    if (fromMap && id) {
      (this.querySelector('atlas-event-list') as AtlasEventList | null)?.reveal(id);
    }
  }

  /** Opens an event: its panel with every source; from the list it also shows it on the map. */
  private select(id: number, fromList: boolean) {
    this.selected = id;
    if (!id) {
      this.detail = null;
      return;
    }
    this.loadDetail(id);
    const marker = this.markerById.get(id);
    if (fromList && marker && this.cluster) {
      this.cluster.zoomToShowLayer(marker, () => marker.openPopup());
    }
  }

  private async loadDetail(id: number) {
    try {
      const response = await fetch(`${this.apiBase}/events/${id}${isUkrainian() ? '?lang=uk' : ''}`);
      if (response.ok) {
        this.detail = await response.json();
        this.listOpen = true;
      } else if (response.status === 404) {
        this.detail = null;
        this.selected = 0;
      }
    } catch (e) {
      console.warn('event unavailable', e);
    }
  }

  private addLegend() {
    const legend = new L.Control({ position: 'bottomright' });
    legend.onAdd = () => {
      const div = L.DomUtil.create('div', 'atlas-legend');
      div.setAttribute('role', 'list');
      div.setAttribute('aria-label', t('web.legend'));
      for (const ty of EVENT_TYPES) {
        const row = L.DomUtil.create('div', 'atlas-legend-row', div);
        row.setAttribute('role', 'listitem');
        const swatch = L.DomUtil.create('span', 'atlas-legend-swatch', row);
        swatch.style.background = ty.color;
        row.append(typeLabel(ty.code));
      }
      L.DomEvent.disableClickPropagation(div);
      return div;
    };
    legend.addTo(this.map!);
  }

  private onTypeFilter = () => {
    const boxes = [...this.querySelectorAll<HTMLInputElement>('.atlas-type-filters input')];
    const checked = boxes.filter((b) => b.checked).map((b) => b.value);
    // All checked means no filter; none checked shows nothing, which the server reads as "all", so keep one.
    this.types = checked.length === boxes.length ? '' : checked.length === 0 ? 'none' : checked.join(',');
  };

  private onSearchInput = (e: Event) => {
    this.placeQuery = (e.target as HTMLInputElement).value;
    window.clearTimeout(this.searchTimer);
    this.searchTimer = window.setTimeout(() => this.searchPlaces(), 150);
  };

  private onSearchKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && this.placeHits.length > 0) {
      e.preventDefault();
      this.flyToPlace(this.placeHits[0]);
    } else if (e.key === 'Escape') {
      this.placeHits = [];
    }
  };

  private async searchPlaces() {
    const q = this.placeQuery.trim();
    if (q.length < 2) {
      this.placeHits = [];
      return;
    }
    try {
      const params: Record<string, string> = { q, limit: '8' };
      if (isUkrainian()) {
        params.lang = 'uk';
      }
      const response = await fetch(`${this.apiBase}/places?${new URLSearchParams(params)}`);
      this.placeHits = response.ok ? ((await response.json()).places as PlaceHit[]) : [];
    } catch {
      this.placeHits = [];
    }
  }

  private flyToPlace(p: PlaceHit) {
    const zoom = p.kind === 'settlement' || p.kind === 'facility' || p.kind === 'island' ? 10 : 7;
    this.map?.flyTo([p.lat, p.lon], zoom, { duration: 0.8 });
    this.placeQuery = this.placeName(p);
    this.placeHits = [];
  }

  /** The gazetteer's Ukrainian name in a Ukrainian UI where it has one. */
  private placeName(p: PlaceHit): string {
    return (isUkrainian() && p.nameUk) || p.name;
  }

  private placeDetail(p: PlaceHit): string {
    return p.where === undefined ? p.detail : [kindLabel(p.kind), p.where].filter((x) => x).join(' · ');
  }

  /** Under the report's place (as the article wrote it), the gazetteer's Ukrainian name when it differs. */
  private gazetteerName(d: EventDetail) {
    const uk = isUkrainian() ? d.placeUk : null;
    return uk && uk !== d.properties.place ? html`<div class="atlas-detail-place-uk" lang="uk">${uk}</div>` : nothing;
  }

  /** УКР / ENG: reloads this very view (the whole address kept) in the other language. */
  private languageSwitch() {
    const current = isUkrainian() ? 'uk' : 'en';
    const langs: [string, string, string][] = [['uk', 'УКР', 'Українська'], ['en', 'ENG', 'English']];
    return html`<span class="atlas-lang-switch language-switch" role="group" aria-label=${t('web.language')}>
      ${langs.map(([code, short, full], i) => html`${i > 0 ? ' / ' : ''}${code === current
        ? html`<span class="language-current" aria-current="true" title=${full}>${short}</span>`
        : html`<a class="language-other" href=${this.langHref(code)} hreflang=${code} lang=${code} title=${full} router-ignore
                  @click=${(e: Event) => { (e.currentTarget as HTMLAnchorElement).href = this.langHref(code); }}>${short}</a>`}`)}
    </span>`;
  }

  private langHref(code: string): string {
    const url = new URL(window.location.href);
    url.searchParams.set('lang', code);
    return url.href;
  }

  private onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.selected) {
      this.select(0, false);
    }
  };

  /** Tours step with the arrow keys (and PageUp/PageDown for presenters' clickers) anywhere but in a field. */
  private onTourKey = (e: KeyboardEvent) => {
    if (!this.tour || e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) {
      return;
    }
    if (e.key === 'ArrowRight' || e.key === 'PageDown') {
      e.preventDefault();
      this.goToStop(this.tourStop + 1);
    } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
      e.preventDefault();
      this.goToStop(this.tourStop - 1);
    }
  };

  private goToStop(index: number) {
    if (!this.tour || index < 0 || index >= this.tour.stops.length) {
      return;
    }
    this.stopPlay();
    this.tourStop = index;
    const stop = this.tour.stops[index];
    this.date = stop.date;
    this.window = stop.window;
    if (this.map && stop.lat !== null && stop.lon !== null && stop.zoom !== null) {
      this.map.flyTo([stop.lat, stop.lon], stop.zoom, { duration: 1 });
    }
  }

  private setDate(iso: string) {
    const day = toDay(iso);
    const min = this.minDate ? toDay(this.minDate) : day;
    const max = this.maxDate ? toDay(this.maxDate) : day;
    const next = fromDay(Math.min(max, Math.max(min, day)));
    if (next !== this.date) {
      this.date = next;
    }
  }

  private setSpeed(speed: number) {
    this.speed = speed;
    if (this.playing) {
      this.stopPlay();
      this.startPlay();
    }
  }

  private togglePlay = () => {
    if (this.playing) {
      this.stopPlay();
    } else {
      this.startPlay();
    }
  };

  private startPlay() {
    const end = this.autoplayTo && this.autoplayTo < this.maxDate ? this.autoplayTo : this.maxDate;
    if (end && this.date >= end) {
      this.date = this.minDate; // play from the start when at the end
    }
    this.playing = true;
    this.playTimer = window.setInterval(() => {
      const last = this.autoplayTo && this.autoplayTo < this.maxDate ? this.autoplayTo : this.maxDate;
      if (last && this.date >= last) {
        if (this.loop) {
          this.date = this.minDate;
        } else {
          this.stopPlay();
        }
      } else {
        this.setDate(fromDay(toDay(this.date) + 1));
      }
    }, PLAY_BASE_MS / Math.max(1, this.speed));
  }

  private stopPlay() {
    this.playing = false;
    if (this.playTimer !== undefined) {
      window.clearInterval(this.playTimer);
      this.playTimer = undefined;
    }
  }

  private async toggleFullscreen() {
    if (document.fullscreenElement) {
      await document.exitFullscreen();
    } else {
      await this.requestFullscreen().catch(() => undefined);
    }
  }

  private presentHref(): string {
    const url = new URL(window.location.href);
    return `/present${url.search}`;
  }

  /** Keeps the whole view in the address bar so it can be shared and reopened. */
  private syncUrl() {
    if (!this.date) {
      return;
    }
    const url = new URL(window.location.href);
    const set = (key: string, value: string | null) => {
      if (value === null || value === '') {
        url.searchParams.delete(key);
      } else {
        url.searchParams.set(key, value);
      }
    };
    set('date', this.date);
    set('window', String(this.window));
    set('types', this.types);
    set('source', this.source);
    set('conf', this.minConfidence ? String(this.minConfidence) : null);
    set('event', this.selected ? String(this.selected) : null);
    set('speed', this.speed !== 1 ? String(this.speed) : null);
    if (this.tour) {
      set('stop', String(this.tourStop + 1));
    }
    if (this.map) {
      const c = this.map.getCenter();
      set('lat', c.lat.toFixed(4));
      set('lon', c.lng.toFixed(4));
      set('zoom', String(this.map.getZoom()));
    }
    window.history.replaceState(window.history.state, '', url);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-map': AtlasMap;
  }
}
