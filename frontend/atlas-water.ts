import * as L from 'leaflet';
import { isUkrainian, t } from './atlas-i18n';
import './styles/atlas-water.css';
import { alongLine, aroundRing, fitWaterNames, PLACES_DRAWN, WaterName } from './atlas-water-fit';

// Rivers, lakes and reservoirs of the offline basemap (/basemap/water.geojson, built from GSHHG by
// frontend/basemap/tools/build-water.mjs), drawn over the land (basemap pane, 250) and under the areas of
// control (300) and the markers (400), with the names of rivers, reservoirs and seas as HTML labels.
// Some water has dates: the Kakhovka reservoir ends on 6 June 2023 (the dam's destruction), the Dnipro's
// channel through its bed begins then; show(day) draws what was there on the slider's day.

type Kind = 'river' | 'reservoir' | 'lake' | 'sea';

/** Which water is named first where names compete for room. */
const PRIORITY: Record<Kind, number> = { sea: 0, reservoir: 1, lake: 2, river: 3 };

interface WaterProperties {
  kind: Kind;
  name: string | null;
  name_uk: string | null;
  valid_from?: string;
  valid_to?: string;
  /** Drawn by the build script, not surveyed (the Oskil and Pechenihy reservoirs): a dashed shore. */
  approximate?: boolean;
}

type WaterFeature = GeoJSON.Feature<GeoJSON.Geometry, WaterProperties>;

const WATER = { light: '#8fb8de', dark: '#3c5f80' };

/** Whether the feature existed on {@code day} (YYYY-MM-DD; an empty day means today). */
function validOn(p: WaterProperties, day: string): boolean {
  const d = day || new Date().toISOString().slice(0, 10);
  return (!p.valid_from || d >= p.valid_from) && (!p.valid_to || d < p.valid_to);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function lengthOf(line: GeoJSON.Position[]): number {
  let s = 0;
  for (let i = 1; i < line.length; i++) {
    s += Math.hypot(line[i][0] - line[i - 1][0], line[i][1] - line[i - 1][1]);
  }
  return s;
}

export class WaterLayer {
  private features: WaterFeature[] = [];
  private readonly shapes = L.layerGroup();
  private readonly labels = L.layerGroup();
  private readonly renderer: L.Renderer;
  private drawnKey = '';
  private day = '';
  private names: (WaterName & { kind: Kind })[] = [];

  constructor(private readonly map: L.Map, private readonly dark: boolean) {
    map.createPane('water').style.zIndex = '260';
    // Labels above the areas of control but below the markers, and never in the way of a click.
    const labelPane = map.createPane('waterLabels');
    labelPane.style.zIndex = '350';
    labelPane.style.pointerEvents = 'none';
    this.renderer = L.svg({ padding: 0.2, pane: 'water' });
    this.shapes.addTo(map);
    this.labels.addTo(map);
    // No water name over a place name or another water name (see atlas-water-fit.ts).
    map.on(PLACES_DRAWN, () => this.fit());
  }

  /** Moves or hides the water names so they overlap neither the place names drawn nor each other. */
  fit() {
    const places = [...this.map.getContainer().querySelectorAll('.atlas-place-label')]
      .map((e) => e.getBoundingClientRect());
    const hidden = fitWaterNames(this.map, this.names, places);
    this.map.getContainer().dataset.waterNamesHidden = String(hidden);
  }

  /** Loads the water file once; a missing file leaves the map without water, as the other basemap layers. */
  async load(url: string) {
    try {
      const response = await fetch(url);
      if (!response.ok) {
        throw new Error(`${response.status}`);
      }
      const data = await response.json();
      this.features = data.features as WaterFeature[];
      this.map.attributionControl.addAttribution(t('web.water'));
      this.draw();
    } catch (e) {
      console.warn('water layer unavailable', url, e);
    }
  }

  /** Draws the water of {@code day}: only redraws when the set of dated features valid changes. */
  show(day: string) {
    this.day = day;
    this.draw();
  }

  private draw() {
    const visible = this.features.filter((f) => validOn(f.properties, this.day));
    const key = visible.filter((f) => f.properties.valid_from || f.properties.valid_to).length
      + ':' + visible.length;
    if (key === this.drawnKey || !this.features.length) {
      return;
    }
    this.drawnKey = key;
    this.shapes.clearLayers();
    this.labels.clearLayers();
    this.names = [];
    const color = this.dark ? WATER.dark : WATER.light;
    // The longest line of each river carries its label, so a river is named once per map.
    const longest = new Map<string, [number, GeoJSON.Position[]]>();
    for (const f of visible) {
      const p = f.properties;
      const name = (isUkrainian() ? p.name_uk : p.name) ?? p.name;
      const g = f.geometry;
      if (p.kind === 'sea' && g.type === 'Point' && name) {
        this.label(name, [L.latLng(g.coordinates[1], g.coordinates[0])], 'sea');
        continue;
      }
      const named = (name ? ' atlas-water-named' : '') + (p.approximate ? ' atlas-water-approximate' : '');
      const layer = L.geoJSON(f, {
        renderer: this.renderer,
        pane: 'water',
        interactive: false,
        style: () => p.kind === 'river'
          ? { color, weight: (f.properties as { level?: number }).level === 1 ? 1.8 : 1.1, opacity: 0.9,
            className: `atlas-water-river${named}` }
          : { color, weight: 0.6, fillColor: color, fillOpacity: 0.85,
            className: `atlas-water-${p.kind}${named}` },
      } as L.GeoJSONOptions);
      layer.eachLayer((l) => {
        // The name on the SVG element itself, so tools and tests can find a drawn river by it.
        l.on('add', () => (l as L.Path).getElement()?.setAttribute('data-name', p.name ?? ''));
      });
      layer.addTo(this.shapes);
      if (!name) {
        continue;
      }
      if (g.type === 'LineString') {
        const len = lengthOf(g.coordinates);
        if (len > (longest.get(name)?.[0] ?? 0)) {
          longest.set(name, [len, g.coordinates]);
        }
      } else if (g.type === 'Polygon') {
        const center = (layer.getLayers()[0] as L.Polygon).getBounds().getCenter();
        const ring = g.coordinates[0].map(([lon, lat]) => L.latLng(lat, lon));
        this.label(name, aroundRing(ring, this.nearestOnRing(ring, center)), p.kind);
      }
    }
    for (const [name, [, line]] of longest) {
      this.label(name, alongLine(line.map(([lon, lat]) => L.latLng(lat, lon))), 'river');
    }
    this.names.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind]);
    this.fit();
  }

  /** A long reservoir's bounding-box centre may lie on land: label the shore point nearest to it. */
  private nearestOnRing(ring: L.LatLng[], c: L.LatLng): L.LatLng {
    let best = ring[0], bestD = Infinity;
    for (const p of ring) {
      const d = Math.hypot(p.lng - c.lng, p.lat - c.lat);
      if (d < bestD) {
        bestD = d;
        best = p;
      }
    }
    return best;
  }

  /** A water name at the first of its {@code candidates}; fit() may move it to another. */
  private label(name: string, candidates: L.LatLng[], kind: Kind) {
    const marker = L.marker(candidates[0], {
      pane: 'waterLabels',
      interactive: false,
      keyboard: false,
      icon: L.divIcon({
        className: `atlas-water-label atlas-water-label-${kind}`,
        html: `<span>${escapeHtml(name)}</span>`,
        iconSize: [0, 0], // the span centres itself on the point (CSS)
      }),
    }).addTo(this.labels);
    this.names.push({ marker, candidates, kind });
  }
}
