import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fromDay, toDay, windowStart } from '../../../frontend/atlas-dates';
import { clampDate, Player, PlayerHost, playEnd } from '../../../frontend/atlas-player';

describe('day arithmetic', () => {
  it('counts days in UTC across month ends, leap days and the clock change', () => {
    expect(toDay('1970-01-02')).toBe(1);
    expect(fromDay(toDay('2024-02-28') + 1)).toBe('2024-02-29');
    expect(fromDay(toDay('2023-02-28') + 1)).toBe('2023-03-01');
    expect(toDay('2022-10-31') - toDay('2022-10-29')).toBe(2); // Kyiv's clocks went back on the 30th
  });

  it('starts a window of n days n-1 days before its last day; 0 days means from the first day', () => {
    expect(windowStart('2022-03-07', 7, '2022-02-24')).toBe('2022-03-01');
    expect(windowStart('2022-03-07', 1, '2022-02-24')).toBe('2022-03-07');
    expect(windowStart('2022-03-07', 0, '2022-02-24')).toBe('2022-02-24');
    expect(windowStart('2022-03-07', 0, '')).toBe('2022-03-07');
    expect(windowStart('', 7, '2022-02-24')).toBe('');
  });

  it('clamps a date into the range, either end open', () => {
    expect(clampDate('2021-01-01', '2022-02-24', '2024-12-31')).toBe('2022-02-24');
    expect(clampDate('2025-06-01', '2022-02-24', '2024-12-31')).toBe('2024-12-31');
    expect(clampDate('2023-05-05', '', '')).toBe('2023-05-05');
  });

  it('plays to the autoplay end only when it comes before the last day', () => {
    expect(playEnd('2024-12-31', '2023-01-01')).toBe('2023-01-01');
    expect(playEnd('2024-12-31', '2025-01-01')).toBe('2024-12-31');
    expect(playEnd('2024-12-31', '')).toBe('2024-12-31');
  });
});

describe('Player', () => {
  let host: PlayerHost;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('window', globalThis);
    host = {
      date: '2022-03-01', minDate: '2022-02-24', maxDate: '2022-03-03', autoplayTo: '', loop: false, speed: 1, playing: false,
      setDate(iso: string) { this.date = clampDate(iso, this.minDate, this.maxDate); },
    };
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('steps a day a second at speed 1 and stops on the last day', () => {
    const player = new Player(host);
    player.start();
    vi.advanceTimersByTime(1000);
    expect(host.date).toBe('2022-03-02');
    vi.advanceTimersByTime(2000);
    expect(host.date).toBe('2022-03-03');
    expect(host.playing).toBe(false);
  });

  it('goes four times as fast at speed 4, and loops back to the first day when asked', () => {
    host.loop = true;
    const player = new Player(host);
    player.setSpeed(4);
    player.start();
    vi.advanceTimersByTime(750); // 03-02, 03-03, then back to the start
    expect(host.date).toBe('2022-02-24');
    expect(host.playing).toBe(true);
    player.toggle();
    expect(host.playing).toBe(false);
  });

  it('starts again from the first day when started on the last', () => {
    host.date = '2022-03-03';
    new Player(host).start();
    expect(host.date).toBe('2022-02-24');
  });
});
