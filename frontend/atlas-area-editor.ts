import * as L from 'leaflet';
import { t } from './atlas-i18n';
import './styles/atlas-area-editor.css';

// Correcting areas of control on the editor's map (<atlas-editor-map>): the areas of a day as
// polygons; pick one (click it, or choose it in the view's list) and each of its vertices gets a
// handle; dragging a handle moves the vertex, the outline follows, and on release the host fires
// `area-changed` with the area's id and its new GeoJSON geometry (the server keeps it until Save).

/** One area as the server sends it (ui/ControlEditorView.java). */
export interface EditableArea {
  id: number;
  name: string;
  status: 'occupied' | 'contested' | 'regained';
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
}

const COLORS: Record<string, string> = { occupied: '#b3261e', contested: '#8a6d1d', regained: '#1f5fa8' };

export class AreaEditor {
  private readonly layer = L.layerGroup();
  private readonly handles = L.layerGroup();
  private polygons = new Map<number, L.Polygon>();
  private picked = 0;

  constructor(private readonly map: L.Map, private readonly host: HTMLElement) {
    map.createPane('control-edit').style.zIndex = '300';
    this.layer.addTo(map);
    this.handles.addTo(map);
  }

  /** Draws these areas; keeps the picked one picked when it is still among them. */
  show(areas: EditableArea[], picked: number) {
    this.layer.clearLayers();
    this.polygons.clear();
    for (const a of areas) {
      const color = COLORS[a.status] ?? COLORS.occupied;
      L.geoJSON({ type: 'Feature', geometry: a.geometry, properties: {} } as GeoJSON.Feature, {
        pane: 'control-edit',
        style: () => ({ color, weight: 2, fillColor: color, fillOpacity: 0.15,
          className: `atlas-edit-area atlas-edit-area-${a.status}` }),
      } as L.GeoJSONOptions).eachLayer((l) => {
        const polygon = l as L.Polygon;
        polygon.bindTooltip(() => textOf(a.name), { sticky: true });
        polygon.on('click', (e: L.LeafletMouseEvent) => {
          L.DomEvent.stopPropagation(e);
          this.host.dispatchEvent(new CustomEvent('area-click', { detail: { id: a.id } }));
        });
        polygon.on('add', () => polygon.getElement()?.setAttribute('data-area-id', String(a.id)));
        this.polygons.set(a.id, polygon);
        this.layer.addLayer(polygon);
      });
    }
    this.host.dataset.areas = String(areas.length);
    this.pick(picked);
  }

  /** Puts handles on the vertices of area {@code id} (0: none). */
  pick(id: number) {
    const fit = id !== this.picked;
    this.picked = id;
    this.handles.clearLayers();
    for (const [areaId, polygon] of this.polygons) {
      polygon.setStyle({ weight: areaId === id ? 3 : 2, dashArray: areaId === id ? undefined : '4 3' });
    }
    const polygon = this.polygons.get(id);
    this.host.dataset.pickedArea = polygon ? String(id) : '';
    if (!polygon) {
      return;
    }
    // Polygon: rings of LatLngs; MultiPolygon: polygons of rings. Leaflet's rings do not repeat their first point.
    const rings: L.LatLng[][] = [];
    const collect = (x: unknown) => {
      if (Array.isArray(x) && x.length > 0 && x[0] instanceof L.LatLng) {
        rings.push(x as L.LatLng[]);
      } else if (Array.isArray(x)) {
        x.forEach(collect);
      }
    };
    if (fit) {
      this.map.fitBounds(polygon.getBounds().pad(0.15), { animate: false });
    }
    collect(polygon.getLatLngs());
    rings.forEach((ring, r) => ring.forEach((vertex, v) => this.addHandle(polygon, vertex, `${r}:${v}`)));
    polygon.bringToFront();
  }

  private addHandle(polygon: L.Polygon, vertex: L.LatLng, key: string) {
    const icon = L.divIcon({ className: 'atlas-vertex', iconSize: L.point(14, 14) });
    const handle = L.marker(vertex, { icon, draggable: true, keyboard: false, title: t('web.control.vertex'),
      alt: t('web.control.vertex'), pane: 'markerPane' });
    handle.on('add', () => handle.getElement()?.setAttribute('data-vertex', key));
    handle.on('drag', () => {
      // The polygon holds this very LatLng: move it and let Leaflet re-project the outline.
      const p = handle.getLatLng();
      vertex.lat = p.lat;
      vertex.lng = p.lng;
      polygon.setLatLngs(polygon.getLatLngs());
    });
    handle.on('dragend', () => {
      const geometry = (polygon.toGeoJSON(7) as GeoJSON.Feature).geometry;
      this.host.dataset.editedArea = String(this.picked);
      this.host.dispatchEvent(new CustomEvent('area-changed',
        { detail: { id: this.picked, geometry: JSON.stringify(geometry) } }));
    });
    this.handles.addLayer(handle);
  }
}

/** Area names come from editors' imports: shown as text, never as HTML. */
function textOf(s: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = s;
  return span;
}
