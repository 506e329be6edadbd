// The reports of the map's time window: fetched (see atlas-window-fetch.ts), filtered by source and
// confidence here, and drawn as markers or, when too many, as grid cells. A Lit controller: the map
// re-renders when what it shows (count, loading, error) changes.
import * as L from 'leaflet';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EventFeature } from './atlas-model';
import { drawGrid, viewBbox } from './atlas-grid';
import { formatLong, windowStart } from './atlas-dates';
import { t, tn } from './atlas-i18n';
import { MarkerEvents, MarkerLayer } from './atlas-markers';
import { NO_TYPES } from './atlas-view-state';
import { fetchWindow } from './atlas-window-fetch';

/** What the reports follow: the map element's window, filters and API. */
export interface ReportsHost extends ReactiveControllerHost {
  readonly dataset: DOMStringMap;
  date: string;
  windowDays: number;
  minDate: string;
  types: string;
  source: string;
  minConfidence: number;
  gridThreshold: number;
  apiBase: string;
}

export class ReportLayer implements ReactiveController {
  features: EventFeature[] = [];
  /** Reports drawn as grid cells (0 when single markers are drawn). */
  gridTotal = 0;
  /** True when the window was too big for the whole map: then counts and drawing follow the view. */
  inView = false;
  loading = false;
  error = '';
  private map?: L.Map;
  private markers?: MarkerLayer;
  private readonly cells = L.layerGroup();
  /** The view box the drawn reports were fetched for, when they follow the view. */
  private drawnBbox = '';
  private fetchAbort?: AbortController;

  constructor(private readonly host: ReportsHost) {
    host.addController(this);
  }

  hostDisconnected() {
    this.fetchAbort?.abort();
  }

  attach(map: L.Map, events: MarkerEvents) {
    this.map = map;
    this.markers = new MarkerLayer(map, events);
    this.cells.addTo(map);
    map.on('moveend', () => {
      // A big window is drawn for the view only: follow the reader's pans and zooms (not mere re-measures).
      if (this.inView && viewBbox(map) !== this.drawnBbox) {
        this.load(true);
      }
    });
  }

  /** What passes the source and confidence filters. */
  get visible(): EventFeature[] {
    const h = this.host;
    return this.features.filter((f) =>
      (!h.source || f.properties.source === h.source) && f.properties.confidence >= h.minConfidence);
  }

  /** Fetches the window and draws it; {@code viewOnly} after a pan or zoom of a window drawn for the view. */
  async load(viewOnly = false) {
    const map = this.map;
    const h = this.host;
    if (!map || !h.date) {
      return;
    }
    this.fetchAbort?.abort();
    if (h.types === NO_TYPES) {
      this.features = []; // every type unticked: nothing to ask the server for
      this.gridTotal = 0;
      this.cells.clearLayers();
      this.draw();
      return;
    }
    const abort = new AbortController();
    this.fetchAbort = abort;
    this.loading = true;
    h.requestUpdate();
    const from = windowStart(h.date, h.windowDays, h.minDate);
    const to = h.date;
    try {
      const answer = await fetchWindow(h.apiBase, map, { from, to, types: h.types, limit: h.gridThreshold },
        viewOnly, abort, (bbox) => { this.drawnBbox = bbox; });
      this.inView = answer.inView;
      if (answer.grid) {
        this.features = [];
        this.gridTotal = answer.grid.total;
        this.markers?.clear();
        drawGrid(this.cells, answer.grid.features, map);
        h.dataset.mode = 'grid';
      } else {
        this.features = answer.features;
        this.gridTotal = 0;
        this.cells.clearLayers();
        this.draw();
        h.dataset.mode = 'markers';
      }
      h.dataset.drawn = `${from}/${to}`;
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
      h.requestUpdate();
    }
  }

  /** Draws what passes the filters (after a filter change, without asking the server again). */
  draw() {
    if (!this.markers) {
      return;
    }
    const visible = this.visible;
    this.markers.draw(visible, this.host.date, this.host.windowDays);
    this.host.dataset.shown = String(visible.length);
    this.host.requestUpdate();
  }

  highlight(id: number) {
    this.markers?.highlight(id);
  }

  reveal(id: number) {
    this.markers?.reveal(id);
  }
}

/** The time bar's line: how many reports, where and when; the error instead when loading failed. */
export function summaryLine(r: ReportLayer, count: number, windowDays: number, date: string): string {
  // While loading, the previous line stays (a changing line would re-lay the bar out and move the map).
  if (r.error) {
    return r.error;
  }
  const when = windowDays === 0 ? t('web.upTo', formatLong(date))
    : windowDays === 1 ? t('web.on', formatLong(date))
    : tn('web.inDays', windowDays, formatLong(date));
  const grid = r.gridTotal ? ` ${t('web.tooMany')}` : '';
  return `${tn('web.count', count)}${r.inView ? ` ${t('web.inView')}` : ''} ${when}${grid}`;
}
