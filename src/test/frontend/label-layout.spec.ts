import { describe, expect, it } from 'vitest';
import { Box, keptLabels, overlaps } from '../../../frontend/atlas-label-layout';

const box = (left: number, top: number, width = 40, height = 12): Box => ({ left, top, right: left + width, bottom: top + height });
const VIEW = box(0, 0, 400, 300);

describe('keptLabels', () => {
  it('keeps the first of two overlapping labels (the larger place) and drops the second', () => {
    expect(keptLabels([box(10, 10), box(30, 15)], [false, false], VIEW)).toEqual([true, false]);
  });

  it('keeps labels that only come within the gap apart when they do not touch it', () => {
    expect(overlaps(box(0, 0), box(41, 0))).toBe(true); // 1 px apart: inside the 2 px gap
    expect(overlaps(box(0, 0), box(43, 0))).toBe(false);
    expect(keptLabels([box(0, 0), box(43, 0), box(86, 0)], [false, false, false], VIEW)).toEqual([true, true, true]);
  });

  it('drops labels off the view', () => {
    expect(keptLabels([box(500, 10), box(10, -40)], [false, false], VIEW)).toEqual([false, false]);
  });

  it('always names the open report\'s place, and what it covers gives way', () => {
    expect(keptLabels([box(10, 10), box(12, 12), box(900, 900)], [true, false, false], VIEW)).toEqual([true, false, false]);
    expect(keptLabels([box(900, 900)], [true], VIEW)).toEqual([true]);
  });
});
