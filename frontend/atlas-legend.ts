// The event types' colours in the map's corner, in the page's language.
import * as L from 'leaflet';
import { EVENT_TYPES } from './atlas-types';
import { t, typeLabel } from './atlas-i18n';

export function addLegend(map: L.Map) {
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
  legend.addTo(map);
}
