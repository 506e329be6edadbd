import * as L from 'leaflet';
import { formatDay, formatNumber, t } from './atlas-i18n';
import './styles/atlas-control.css';

// Areas of control on the reader's map: the polygons /api/control answers for the slider's day,
// drawn in a pane between the basemap (250) and the markers (overlay pane, 400), with hatched,
// semi-transparent fills so places and markers stay readable. A legend, an "as of … — approximate"
// line, and a tool-tip per area with its km² and the change since the snapshot before.

type Status = 'occupied' | 'contested' | 'regained';

interface AreaProperties {
  name: string | null;
  status: Status;
  validFrom: string;
  validTo: string | null;
  km2: number;
  approximate: boolean;
  note: string | null;
}

interface Diff {
  from: string;
  to: string;
  gainedByUkraineKm2: number;
  lostByUkraineKm2: number;
}

/** The answer of GET /api/control?date= (also exposed on the map element as `controlData`). */
export interface ControlAnswer {
  type: 'FeatureCollection';
  date: string;
  asOf: string | null;
  version: number | null;
  approximate: boolean;
  km2: Record<Status, number>;
  sincePrevious: Diff | null;
  features: { type: 'Feature'; id: number; geometry: GeoJSON.Geometry; properties: AreaProperties }[];
}

const STATUSES: { code: Status; color: string; fillOpacity: number }[] = [
  { code: 'occupied', color: '#b3261e', fillOpacity: 0.55 },
  { code: 'contested', color: '#8a6d1d', fillOpacity: 0.5 },
  { code: 'regained', color: '#1f5fa8', fillOpacity: 0.18 },
];

const SVG = 'http://www.w3.org/2000/svg';

export class ControlLayer {
  private readonly layer: L.GeoJSON;
  private readonly asOfLine: HTMLElement;
  private readonly answers = new Map<string, ControlAnswer>();
  private abort?: AbortController;
  private drawnKey = '';
  private wanted = '';
  private changeLine?: HTMLElement;
  private changeAbort?: AbortController;

  /** {@code host} (the <atlas-map>) gets `controlData` and data-control-* attributes, for tests and tools. */
  constructor(private readonly map: L.Map, private readonly host: HTMLElement) {
    map.createPane('control').style.zIndex = '300';
    addHatches(map.getContainer());
    this.layer = L.geoJSON(undefined, {
      pane: 'control',
    } as L.GeoJSONOptions).addTo(map);
    this.asOfLine = this.addControls();
  }

  /** Shows the areas valid on {@code day} (YYYY-MM-DD); a newer call wins over one still loading. */
  async show(day: string) {
    if (!day) {
      return;
    }
    this.wanted = day;
    const known = this.answers.get(day);
    if (known) {
      this.draw(known);
      return;
    }
    this.abort?.abort();
    this.abort = new AbortController();
    try {
      const response = await fetch(`/api/control?date=${encodeURIComponent(day)}`, { signal: this.abort.signal });
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      const answer = (await response.json()) as ControlAnswer;
      if (this.answers.size > 500) {
        this.answers.clear();
      }
      this.answers.set(day, answer);
      if (this.wanted === day) {
        this.draw(answer);
      }
    } catch (e) {
      if ((e as Error).name !== 'AbortError') {
        this.asOfLine.textContent = t('web.control.loadFailed', (e as Error).message);
      }
    }
  }

  /**
   * Present mode: the km² Ukraine regained and lost between the day shown before and the day shown
   * now (a tour's step, or the presented day), from /api/control/diff, in a line of the legend.
   */
  async showChange(before: string | undefined, now: string) {
    if (!before || !now || before === now) {
      return;
    }
    if (!this.changeLine) {
      this.changeLine = L.DomUtil.create('div', 'atlas-control-change', this.asOfLine.parentElement!);
      this.changeLine.setAttribute('aria-live', 'polite');
    }
    const line = this.changeLine;
    // The API wants from <= to; going back in time swaps what was regained and lost.
    const back = before > now;
    const [from, to] = back ? [now, before] : [before, now];
    this.changeAbort?.abort();
    this.changeAbort = new AbortController();
    try {
      const response = await fetch(`/api/control/diff?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
        { signal: this.changeAbort.signal });
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      const d = (await response.json()) as Diff;
      const regained = back ? d.lostByUkraineKm2 : d.gainedByUkraineKm2;
      const lost = back ? d.gainedByUkraineKm2 : d.lostByUkraineKm2;
      line.textContent = t('web.control.change', formatDay(before), formatDay(now),
        formatNumber(Math.round(regained)), formatNumber(Math.round(lost)));
      line.dataset.from = before;
      line.dataset.to = now;
    } catch (e) {
      if ((e as Error).name !== 'AbortError') {
        line.textContent = t('web.control.loadFailed', (e as Error).message);
      }
    }
  }

  private draw(answer: ControlAnswer) {
    (this.host as unknown as { controlData: ControlAnswer }).controlData = answer;
    this.host.dataset.controlDate = answer.date;
    this.host.dataset.controlAsOf = answer.asOf ?? '';
    this.asOfLine.textContent = answer.features.length === 0 ? t('web.control.none')
      : `${t('web.control.asOf', formatDay(answer.date))}${answer.approximate ? ` — ${t('web.control.approximate')}` : ''}`;
    // Days of one snapshot draw the same polygons: redraw only when the snapshot changes.
    const key = `${answer.version}/${answer.asOf}`;
    if (key === this.drawnKey) {
      return;
    }
    this.drawnKey = key;
    this.layer.clearLayers();
    for (const f of answer.features) {
      const area = L.geoJSON(f as GeoJSON.Feature, {
        pane: 'control',
        style: () => ({ ...style(f.properties.status), className: `atlas-control-area atlas-control-${f.properties.status}` }),
      } as L.GeoJSONOptions);
      area.eachLayer((l) => {
        (l as L.Path).bindTooltip(() => tooltip(f.properties, answer.sincePrevious), { sticky: true, className: 'atlas-control-tooltip' });
        this.layer.addLayer(l);
      });
    }
    this.host.dataset.controlDrawn = String(answer.features.length);
  }

  private addControls(): HTMLElement {
    const legend = new L.Control({ position: 'bottomleft' });
    let line!: HTMLElement;
    legend.onAdd = () => {
      const div = L.DomUtil.create('div', 'atlas-control-legend');
      div.setAttribute('role', 'list');
      div.setAttribute('aria-label', t('web.control.legend'));
      const title = L.DomUtil.create('div', 'atlas-control-legend-title', div);
      title.textContent = t('web.control.legend');
      for (const s of STATUSES) {
        const row = L.DomUtil.create('div', 'atlas-legend-row', div);
        row.setAttribute('role', 'listitem');
        const swatch = L.DomUtil.create('span', `atlas-control-swatch atlas-control-swatch-${s.code}`, row);
        swatch.style.borderColor = s.color;
        row.append(t(`web.control.${s.code}`));
      }
      line = L.DomUtil.create('div', 'atlas-control-asof', div);
      line.setAttribute('aria-live', 'polite');
      return div;
    };
    legend.addTo(this.map);
    return line;
  }
}

function style(status: Status): L.PathOptions {
  const s = STATUSES.find((x) => x.code === status) ?? STATUSES[0];
  return {
    color: s.color,
    weight: status === 'contested' ? 1.5 : 1,
    dashArray: status === 'contested' ? '4 3' : undefined,
    fillColor: status === 'regained' ? s.color : `url(#atlas-hatch-${status})`,
    fillOpacity: s.fillOpacity,
    interactive: true,
  };
}

/** Built from text nodes: names and notes come from editors' imports and are never read as HTML. */
function tooltip(p: AreaProperties, since: Diff | null): HTMLElement {
  const div = document.createElement('div');
  const name = document.createElement('strong');
  name.textContent = p.name ?? t(`web.control.${p.status}`);
  div.append(name);
  const line = document.createElement('div');
  line.className = 'atlas-control-tooltip-km2';
  line.textContent = `${t(`web.control.${p.status}`)} · ${t('web.control.km2', formatNumber(Math.round(p.km2)))}`;
  div.append(line);
  if (since) {
    const diff = document.createElement('div');
    diff.className = 'atlas-control-tooltip-diff';
    diff.textContent = t('web.control.sincePrevious', formatDay(since.from),
      formatNumber(Math.round(since.gainedByUkraineKm2)), formatNumber(Math.round(since.lostByUkraineKm2)));
    div.append(diff);
  }
  if (p.approximate) {
    const approx = document.createElement('div');
    approx.className = 'atlas-control-tooltip-approximate';
    approx.textContent = t('web.control.approximate');
    div.append(approx);
  }
  return div;
}

/** Diagonal hatches the polygons' fills refer to (url(#atlas-hatch-…)), in a hidden SVG of the map. */
function addHatches(container: HTMLElement) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '0');
  svg.setAttribute('height', '0');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('atlas-control-defs');
  const defs = document.createElementNS(SVG, 'defs');
  for (const s of STATUSES) {
    const pattern = document.createElementNS(SVG, 'pattern');
    pattern.id = `atlas-hatch-${s.code}`;
    pattern.setAttribute('patternUnits', 'userSpaceOnUse');
    pattern.setAttribute('width', '8');
    pattern.setAttribute('height', '8');
    pattern.setAttribute('patternTransform', s.code === 'contested' ? 'rotate(-45)' : 'rotate(45)');
    const line = document.createElementNS(SVG, 'rect');
    line.setAttribute('width', s.code === 'contested' ? '2' : '3');
    line.setAttribute('height', '8');
    line.setAttribute('fill', s.color);
    pattern.append(line);
    defs.append(pattern);
  }
  svg.append(defs);
  container.append(svg);
}
