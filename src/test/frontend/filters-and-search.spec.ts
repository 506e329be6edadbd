import { describe, expect, it } from 'vitest';
import { typeSet } from '../../../frontend/atlas-filters';
import { placeName, placeZoom } from '../../../frontend/atlas-search';
import type { PlaceHit } from '../../../frontend/atlas-model';

describe('typeSet', () => {
  it('reads the type filter; no filter is the empty set', () => {
    expect([...typeSet('attack, capture,')]).toEqual(['attack', 'capture']);
    expect(typeSet('').size).toBe(0);
  });
});

describe('place search', () => {
  const kyiv: PlaceHit = { id: '1', name: 'Kyiv', nameUk: 'Київ', kind: 'settlement', lat: 50.45, lon: 30.52, detail: '' };

  it('flies close to a town and wider to a region', () => {
    expect(placeZoom('settlement')).toBe(10);
    expect(placeZoom('oblast')).toBe(7);
  });

  it('names a place in Ukrainian in a Ukrainian UI when the gazetteer has the name', () => {
    expect(placeName(kyiv, true)).toBe('Київ');
    expect(placeName(kyiv, false)).toBe('Kyiv');
    expect(placeName({ ...kyiv, nameUk: null }, true)).toBe('Kyiv');
  });
});
