import { html, LitElement, PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { typeStyle } from './atlas-types';
import { setStrings, Strings, t } from './atlas-i18n';
import './styles/atlas-editor.css';
import { AreaEditor, EditableArea } from './atlas-area-editor';

/** One marker as the server sends it (ui/EditorMap.java). */
export interface EditorMarker {
  id: number;
  lat: number;
  lon: number;
  label: string;
  type: string;
  status: string;
  draggable: boolean;
}

const UKRAINE_BOUNDS = L.latLngBounds([44.3, 22.1], [52.4, 40.3]);

/**
 * The editor's map: the events under review (or nearby reports) as pins, coloured by type and
 * outlined by status. Click the map to pin (map-click), drag a pin to move it (marker-moved), click a
 * pin to pick it (marker-click). Labels are set as text, never HTML. Light DOM for Leaflet's CSS.
 */
@customElement('atlas-editor-map')
export class AtlasEditorMap extends LitElement {
  @property({ attribute: false }) markers: EditorMarker[] = [];
  @property({ type: Number }) selected = 0;
  /** The UI's words in the page's language (keys web.*, type.*, kind.*), sent by the server. */
  @property({ attribute: false }) strings: Strings = {};
  /** Areas of control to correct (atlas-area-editor.ts), and the one whose vertices can be dragged. */
  @property({ attribute: false }) areas: EditableArea[] = [];
  @property({ type: Number }) pickedArea = 0;
  private areaEditor?: AreaEditor;

  private map?: L.Map;
  private layer = L.layerGroup();
  private resizeObserver?: ResizeObserver;

  protected createRenderRoot() {
    return this;
  }

  protected willUpdate(changed: PropertyValues) {
    if (changed.has('strings')) {
      setStrings(this.strings, this.lang || document.documentElement.lang);
    }
  }

  render() {
    return html`<div class="atlas-editor-canvas" style="width:100%;height:100%;min-height:320px"
                     aria-label=${t('web.editorMap')}></div>`;
  }

  firstUpdated() {
    const container = this.querySelector('.atlas-editor-canvas') as HTMLElement;
    this.map = L.map(container, { minZoom: 3, maxZoom: 15, zoomSnap: 0.5, zoomControl: false });
    // Leaflet's own buttons say "Zoom in" in English: give them the page's words.
    L.control.zoom({ zoomInTitle: t('web.zoomIn'), zoomOutTitle: t('web.zoomOut') }).addTo(this.map);
    this.map.fitBounds(UKRAINE_BOUNDS);
    this.map.createPane('basemap').style.zIndex = '250';
    this.map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    this.loadBasemap();
    this.layer.addTo(this.map);
    this.areaEditor = new AreaEditor(this.map, this);
    this.areaEditor.show(this.areas, this.pickedArea);
    this.map.on('click', (e: L.LeafletMouseEvent) => {
      const p = e.latlng.wrap();
      this.dispatchEvent(new CustomEvent('map-click', { detail: { lat: p.lat, lon: p.lng } }));
    });
    let fitted = false;
    this.resizeObserver = new ResizeObserver(() => {
      this.map?.invalidateSize();
      if (!fitted && container.clientWidth > 0 && container.clientHeight > 0) {
        fitted = true;
        this.fitMarkers();
      }
    });
    this.resizeObserver.observe(container);
    this.draw();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected updated(changed: PropertyValues) {
    if (changed.has('markers') || changed.has('selected')) {
      this.draw();
    }
    if (changed.has('markers')) {
      this.fitMarkers();
    }
    if (changed.has('areas')) {
      this.areaEditor?.show(this.areas, this.pickedArea);
    } else if (changed.has('pickedArea')) {
      this.areaEditor?.pick(this.pickedArea);
    }
  }

  /** Moves the view to a place (the gazetteer search). */
  flyTo(lat: number, lon: number, zoom: number) {
    this.map?.flyTo([lat, lon], zoom, { duration: 0.6 });
  }

  private fitMarkers() {
    if (!this.map) {
      return;
    }
    if (this.markers.length === 0) {
      this.map.fitBounds(UKRAINE_BOUNDS);
      return;
    }
    const bounds = L.latLngBounds(this.markers.map((m) => [m.lat, m.lon] as L.LatLngTuple));
    this.map.fitBounds(bounds.pad(0.3), { maxZoom: 9 });
  }

  private draw() {
    if (!this.map) {
      return;
    }
    this.layer.clearLayers();
    for (const m of this.markers) {
      const style = typeStyle(m.type);
      const icon = L.divIcon({
        className: `atlas-editor-pin status-${m.status.toLowerCase()}${m.id === this.selected ? ' selected' : ''}`,
        html: `<span style="background:${style.color}"></span>`,
        iconSize: L.point(18, 18),
      });
      const marker = L.marker([m.lat, m.lon], { icon, draggable: m.draggable, keyboard: true, title: m.label, alt: m.label });
      marker.getElement()?.setAttribute('data-event-id', String(m.id));
      marker.on('add', () => marker.getElement()?.setAttribute('data-event-id', String(m.id)));
      marker.on('click', () => this.dispatchEvent(new CustomEvent('marker-click', { detail: { id: m.id } })));
      marker.on('dragend', () => {
        const p = marker.getLatLng().wrap();
        this.dispatchEvent(new CustomEvent('marker-moved', { detail: { id: m.id, lat: p.lat, lon: p.lng } }));
      });
      marker.addTo(this.layer);
    }
  }

  private async loadBasemap() {
    const renderer = L.canvas({ padding: 0.2, pane: 'basemap' });
    const layers: [string, L.PathOptions][] = [
      ['/basemap/countries.geojson', { color: '#8a8f98', weight: 1, fillColor: '#eceae4', fillOpacity: 1 }],
      ['/basemap/ukraine-oblasts.geojson', { color: '#b0a890', weight: 0.8, fill: false, dashArray: '3 3' }],
    ];
    for (const [url, style] of layers) {
      try {
        const response = await fetch(url);
        if (!response.ok) {
          throw new Error(`${response.status}`);
        }
        L.geoJSON(await response.json(), { style: () => style, renderer, pane: 'basemap', interactive: false } as L.GeoJSONOptions)
          .addTo(this.map!);
      } catch (e) {
        console.warn('basemap layer unavailable', url, e);
      }
    }
    this.dataset.basemap = 'ready';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-editor-map': AtlasEditorMap;
  }
}
