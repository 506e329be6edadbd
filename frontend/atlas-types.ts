// Event types of DESIGN.md with the colour the map and legend use; the label is the UI's language's.
import { typeLabel } from './atlas-i18n';

export interface EventTypeStyle {
  code: string;
  color: string;
}

export const EVENT_TYPES: EventTypeStyle[] = [
  { code: 'attack', color: '#d62728' },
  { code: 'shelling_or_strike', color: '#ff7f0e' },
  { code: 'advance', color: '#8c564b' },
  { code: 'retreat', color: '#bcbd22' },
  { code: 'capture', color: '#7b1fa2' },
  { code: 'liberation', color: '#1f77b4' },
  { code: 'evacuation', color: '#17becf' },
  { code: 'casualties', color: '#111111' },
  { code: 'claim', color: '#e377c2' },
  { code: 'aid', color: '#2ca02c' },
  { code: 'diplomacy', color: '#3949ab' },
  { code: 'other', color: '#7f7f7f' },
];

const BY_CODE = new Map(EVENT_TYPES.map((t) => [t.code, t]));

export function typeStyle(code: string): EventTypeStyle & { label: string } {
  const style = BY_CODE.get(code) ?? BY_CODE.get('other')!;
  return { ...style, label: typeLabel(style.code) };
}
