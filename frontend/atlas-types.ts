// Event types of DESIGN.md with the colour and label the map and legend use.
export interface EventTypeStyle {
  code: string;
  label: string;
  color: string;
}

export const EVENT_TYPES: EventTypeStyle[] = [
  { code: 'attack', label: 'Attack', color: '#d62728' },
  { code: 'shelling_or_strike', label: 'Shelling or strike', color: '#ff7f0e' },
  { code: 'advance', label: 'Advance', color: '#8c564b' },
  { code: 'retreat', label: 'Retreat', color: '#bcbd22' },
  { code: 'capture', label: 'Capture', color: '#7b1fa2' },
  { code: 'liberation', label: 'Liberation', color: '#1f77b4' },
  { code: 'evacuation', label: 'Evacuation', color: '#17becf' },
  { code: 'casualties', label: 'Casualties', color: '#111111' },
  { code: 'claim', label: 'Claim', color: '#e377c2' },
  { code: 'aid', label: 'Aid', color: '#2ca02c' },
  { code: 'diplomacy', label: 'Diplomacy', color: '#3949ab' },
  { code: 'other', label: 'Other', color: '#7f7f7f' },
];

const BY_CODE = new Map(EVENT_TYPES.map((t) => [t.code, t]));

export function typeStyle(code: string): EventTypeStyle {
  return BY_CODE.get(code) ?? BY_CODE.get('other')!;
}
