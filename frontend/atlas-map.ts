import { html, LitElement, nothing, PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './styles/atlas-map.css';
import './atlas-timebar';
import './atlas-event-list';
import type { AtlasEventList } from './atlas-event-list';
import type { DayCount } from './atlas-timebar';
import type { EventDetail } from './atlas-model';
import { setStrings, Strings, t } from './atlas-i18n';
import { GRID_THRESHOLD } from './atlas-grid';
import { ControlLayer } from './atlas-control';
import { addPlaceLabels, PlaceLabelLayer } from './atlas-labels';
import { WaterLayer } from './atlas-water';
import { followSize, loadBasemap, openMap, prepareBasemap } from './atlas-basemap';
import { addLegend } from './atlas-legend';
import { fetchDetail, renderDetail } from './atlas-detail';
import { renderFilters, typeSet } from './atlas-filters';
import { renderToolbar } from './atlas-toolbar';
import { clampDate, Player } from './atlas-player';
import { PlaceSearch } from './atlas-search';
import { renderTourNote, Tour, tourStep } from './atlas-tour';
import { ReportLayer, summaryLine } from './atlas-reports';
import { writeViewState } from './atlas-view-state';
import { windowStart } from './atlas-dates';
import { fetchHistogram } from './atlas-window-fetch';

/**
 * The reader's map. An offline basemap; the events of a time window (filtered on the server by
 * time and type, then by source and confidence here) drawn as circle markers coloured by type and
 * clustered when dense; a list of the same events beside the map; an event panel with every source;
 * a place search; a time bar with histogram and play. Everything that makes the view is kept in
 * the address, so a link reopens the same view. Light DOM, so Leaflet's global CSS applies.
 * Each of those parts is a module of its own; this element wires them and holds the state.
 */
@customElement('atlas-map')
export class AtlasMap extends LitElement {
  @property({ attribute: 'min-date' }) minDate = '';
  @property({ attribute: 'max-date' }) maxDate = '';
  @property() date = '';
  /** Days in the time window ending at {@code date}; 0 = everything up to it. */
  @property({ type: Number, attribute: 'window-days' }) windowDays = 7;
  @property({ type: Number }) speed = 1;
  @property({ type: Boolean }) loop = false;
  /** Comma-separated event type codes; empty = all; 'none' = every type unticked. */
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
  @property({ attribute: false }) tour: Tour | null = null;
  @property({ type: Number, attribute: 'tour-stop' }) tourStop = 0;
  @property({ attribute: 'tiles-url' }) tilesUrl = '';
  @property({ attribute: 'tiles-attribution' }) tilesAttribution = '';
  @property({ attribute: 'api-base' }) apiBase = '/api';
  /** The UI's words in the page's language (keys web.*, type.*, kind.*), sent by the server. */
  @property({ attribute: false }) strings: Strings = {};
  /** More reports than this in a window and the map draws server-counted grid cells instead. */
  @property({ type: Number, attribute: 'grid-threshold' }) gridThreshold = GRID_THRESHOLD;

  @state() playing = false;
  @state() private histogram: DayCount[] = [];
  @state() private highlighted = 0;
  @state() private detail: EventDetail | null = null;
  /** On a phone the list starts closed so the map has the room; a chosen event opens it. */
  @state() private listOpen = !window.matchMedia('(max-width: 700px)').matches;
  @state() private filtersOpen = false;

  private map?: L.Map;
  private control?: ControlLayer;
  private labels?: PlaceLabelLayer;
  private water?: WaterLayer;
  private resizeObserver?: ResizeObserver;
  private readonly player = new Player(this);
  private readonly reports = new ReportLayer(this);
  private readonly search = new PlaceSearch(this, () => this.apiBase, () => this.map);

  protected createRenderRoot() {
    return this;
  }

  protected willUpdate(changed: PropertyValues) {
    if (changed.has('strings')) {
      setStrings(this.strings, this.lang || document.documentElement.lang);
    }
  }

  render() {
    const visible = this.reports.visible;
    const shown = this.reports.gridTotal || visible.length;
    const sources = [...new Set(this.reports.features.map((f) => f.properties.source).filter((s): s is string => !!s))].sort();
    const types = typeSet(this.types);
    const side = this.listOpen && this.mode !== 'embed';
    return html`
      ${this.mode === 'embed' ? nothing : renderToolbar(this, {
        search: this.search.render(), filtersOpen: this.filtersOpen, listOpen: this.listOpen,
        filtered: !!(types.size || this.source || this.minConfidence), reader: this.mode === 'reader',
      }, () => { this.filtersOpen = !this.filtersOpen; }, () => { this.listOpen = !this.listOpen; })}
      ${this.filtersOpen && this.mode !== 'embed' ? renderFilters(
        { typeSet: types, source: this.source, minConfidence: this.minConfidence, sources },
        { types: (v) => { this.types = v; }, source: (v) => { this.source = v; }, minConfidence: (v) => { this.minConfidence = v; } })
        : nothing}
      <div class="atlas-body ${side ? 'with-side' : ''}">
        <div class="atlas-map-canvas" role="region" aria-label=${t('web.mapRegion')} aria-busy=${this.reports.loading ? 'true' : 'false'}></div>
        ${renderTourNote(this.tour, this.tourStop, (i) => this.goToStop(i))}
        ${side ? html`
          <aside class="atlas-side" aria-label=${t('web.reports')}>
            ${this.detail ? renderDetail(this.detail, () => this.select(0, false)) : nothing}
            <atlas-event-list .events=${visible} selected=${this.selected} highlighted=${this.highlighted}
                              @atlas-select=${(e: CustomEvent) => this.select(e.detail.id, true)}
                              @atlas-highlight=${(e: CustomEvent) => this.highlight(e.detail.id, false)}></atlas-event-list>
          </aside>` : nothing}
      </div>
      <atlas-timebar min-date=${this.minDate} max-date=${this.maxDate} date=${this.date} window-days=${this.windowDays}
                     speed=${this.speed} ?loop=${this.loop} ?playing=${this.playing} .histogram=${this.histogram}
                     summary=${summaryLine(this.reports, shown, this.windowDays, this.date)}
                     @atlas-date-change=${(e: CustomEvent) => this.setDate(e.detail.date)}
                     @atlas-window-change=${(e: CustomEvent) => { this.windowDays = e.detail.window; }}
                     @atlas-play-toggle=${() => this.player.toggle()}
                     @atlas-speed-change=${(e: CustomEvent) => this.player.setSpeed(e.detail.speed)}
                     @atlas-loop-change=${(e: CustomEvent) => { this.loop = e.detail.loop; }}></atlas-timebar>
      <span class="atlas-count" hidden data-count=${shown} data-from=${windowStart(this.date, this.windowDays, this.minDate)} data-to=${this.date}></span>
    `;
  }

  firstUpdated() {
    const container = this.querySelector('.atlas-map-canvas') as HTMLElement;
    const map = openMap(container, this.lat, this.lon, this.zoom);
    this.map = map;
    prepareBasemap(map, this.tilesUrl, this.tilesAttribution);
    this.water = new WaterLayer(map, window.matchMedia('(prefers-color-scheme: dark)').matches);
    loadBasemap(map, this, this.apiBase, this.tilesUrl, this.water);
    this.labels = addPlaceLabels(map, this.apiBase);
    this.reports.attach(map, { select: (id) => this.select(id, false), hover: (id) => this.highlight(id, true) });
    addLegend(map);
    this.control = new ControlLayer(map, this); // shown for the date by updated()
    map.on('moveend', () => this.syncUrl());
    const linked = [this.lat, this.lon, this.zoom].every(Number.isFinite);
    this.resizeObserver = followSize(map, container, !linked);
    this.addEventListener('keydown', this.onKey);
    if (this.autoplayTo) {
      this.player.start();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.player.stop();
    this.resizeObserver?.disconnect();
    document.removeEventListener('keydown', this.onTourKey);
  }

  connectedCallback() {
    super.connectedCallback();
    document.addEventListener('keydown', this.onTourKey);
  }

  protected updated(changed: PropertyValues) {
    if (changed.has('detail')) this.labels?.pin(this.detail);
    if (changed.has('date') || changed.has('windowDays') || changed.has('types') || changed.has('minDate')
        || changed.has('gridThreshold')) {
      this.reports.load();
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
      this.reports.draw();
    }
    if (changed.has('selected') && this.selected && this.detail?.id !== this.selected) {
      this.loadDetail(this.selected);
    }
    if (changed.has('tour') && this.tour && this.tour.stops.length > 0) {
      this.goToStop(Math.min(this.tourStop, this.tour.stops.length - 1));
    }
    const urlKeys = ['date', 'windowDays', 'types', 'source', 'minConfidence', 'selected', 'speed', 'tourStop'];
    if (urlKeys.some((k) => changed.has(k))) {
      this.syncUrl();
    }
  }

  /** Reloads the current window, e.g. after the server reports a change. */
  refresh() {
    this.reports.load();
    this.loadHistogram();
  }

  private async loadHistogram() {
    const days = await fetchHistogram(this.apiBase, this.types);
    if (days) {
      this.histogram = days;
    }
  }

  private highlight(id: number, fromMap: boolean) {
    this.reports.highlight(id);
    this.highlighted = id;
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
    if (fromList) {
      this.reports.reveal(id);
    }
  }

  private async loadDetail(id: number) {
    const detail = await fetchDetail(this.apiBase, id);
    if (detail) {
      this.detail = detail;
      this.listOpen = true;
    } else if (detail === null) {
      this.detail = null;
      this.selected = 0;
    }
  }

  private onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.selected) {
      this.select(0, false);
    }
  };

  private onTourKey = (e: KeyboardEvent) => {
    const step = this.tour ? tourStep(e) : 0;
    if (step) {
      e.preventDefault();
      this.goToStop(this.tourStop + step);
    }
  };

  private goToStop(index: number) {
    if (!this.tour || index < 0 || index >= this.tour.stops.length) {
      return;
    }
    this.player.stop();
    this.tourStop = index;
    const stop = this.tour.stops[index];
    this.date = stop.date;
    this.windowDays = stop.window;
    if (this.map && stop.lat !== null && stop.lon !== null && stop.zoom !== null) {
      this.map.flyTo([stop.lat, stop.lon], stop.zoom, { duration: 1 });
    }
  }

  /** The player's and time bar's way to move the date: clamped to the range, unchanged dates ignored. */
  setDate(iso: string) {
    const next = clampDate(iso, this.minDate, this.maxDate);
    if (next !== this.date) {
      this.date = next;
    }
  }

  /** Keeps the whole view in the address bar so it can be shared and reopened. */
  private syncUrl() {
    if (!this.date) {
      return;
    }
    const url = new URL(window.location.href);
    const c = this.map?.getCenter();
    writeViewState(url.searchParams, {
      date: this.date, windowDays: this.windowDays, types: this.types, source: this.source,
      minConfidence: this.minConfidence, selected: this.selected, speed: this.speed,
      tourStop: this.tour ? this.tourStop : null,
      center: this.map && c ? { lat: c.lat, lon: c.lng, zoom: this.map.getZoom() } : null,
    });
    window.history.replaceState(window.history.state, '', url);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-map': AtlasMap;
  }
}
