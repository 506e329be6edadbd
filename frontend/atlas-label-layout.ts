// Which place labels fit: greedy in the order given (the open report's place first, then by rank);
// a label off the view or overlapping one already kept is left out, except the pinned one.

/** Space kept free around each label, in pixels. */
export const GAP = 2;

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function overlaps(a: Box, b: Box, gap = GAP): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}

/** For each box, whether its label is kept; {@code pinned[i]} labels are kept whatever they overlap. */
export function keptLabels(boxes: Box[], pinned: boolean[], view: Box): boolean[] {
  const placed: Box[] = [];
  return boxes.map((b, i) => {
    const outside = b.right < view.left || b.left > view.right || b.bottom < view.top || b.top > view.bottom;
    if (!pinned[i] && (outside || placed.some((p) => overlaps(p, b)))) {
      return false;
    }
    placed.push(b);
    return true;
  });
}
