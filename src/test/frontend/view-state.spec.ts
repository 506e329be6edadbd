// The map's address writer against the cases ViewStateCasesTest.java reads (one file, both sides).
import { describe, expect, it } from 'vitest';
import { MapViewState, typesParam, writeViewState } from '../../../frontend/atlas-view-state';
import cases from '../resources/viewstate-cases.json';

interface Case {
  name: string;
  readOnly?: boolean;
  url: string;
  state: Omit<MapViewState, 'tourStop'>;
}

const written = (cases.cases as Case[]).filter((c) => !c.readOnly);

describe('writeViewState', () => {
  it.each(written.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const params = new URLSearchParams();
    writeViewState(params, { ...c.state, tourStop: null });
    expect([...params]).toEqual([...new URLSearchParams(c.url)]);
  });

  it('leaves the language and other parameters alone and drops what went back to its default', () => {
    const params = new URLSearchParams('lang=uk&event=5&types=attack&to=2023-04-01');
    writeViewState(params, { ...written[0].state, tourStop: null });
    expect(params.get('lang')).toBe('uk');
    expect(params.get('to')).toBe('2023-04-01');
    expect(params.has('event')).toBe(false);
    expect(params.has('types')).toBe(false);
  });

  it('numbers a tour stop from 1', () => {
    const params = new URLSearchParams();
    writeViewState(params, { ...written[0].state, tourStop: 0 });
    expect(params.get('stop')).toBe('1');
  });
});

describe('typesParam', () => {
  it('spells no filter one way and every type unticked another', () => {
    expect(typesParam(['attack', 'aid'], 2)).toBe('');
    expect(typesParam([], 12)).toBe('none');
    expect(typesParam(['attack', 'capture'], 12)).toBe('attack,capture');
  });
});
