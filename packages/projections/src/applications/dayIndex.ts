/** The index of the first of `days` (sorted by `on`) dated `on` or later: binary search. */
export const firstDayFrom = (days: readonly { readonly on: string }[], on: string): number => {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (days[middle]!.on < on) low = middle + 1;
    else high = middle;
  }
  return low;
};
