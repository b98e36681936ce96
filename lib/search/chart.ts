export interface ChartInput {
  id: string;
  date: Date;
  value: number;
  flagged: boolean;
}

/** Every report of one date as one mark: the median, the spread from lowest to highest. */
export interface ChartDay {
  date: string;
  time: number;
  median: number;
  min: number;
  max: number;
  count: number;
  flagged: number;
  ids: string[];
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  days: (ChartDay & { x: number; y: number; yMin: number; yMax: number })[];
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; label: string }[];
}

const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });
const DAY_MS = 86_400_000;

/** Round steps (1, 2, 5 × 10ⁿ) covering 0..max in about `count` ticks. */
function niceStep(max: number, count: number): number {
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].find((factor) => factor * power >= raw) ?? 10) * power;
}

function median(sorted: number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Reports grouped by UTC date, in date order: 500 reports on 40 dates draw as 40 marks. */
export function chartDays(points: readonly ChartInput[]): ChartDay[] {
  const byDate = new Map<string, ChartInput[]>();
  for (const point of points) {
    const date = point.date.toISOString().slice(0, 10);
    const list = byDate.get(date);
    if (list) list.push(point);
    else byDate.set(date, [point]);
  }
  return [...byDate]
    .map(([date, list]) => {
      const values = list.map((point) => point.value).sort((a, b) => a - b);
      return {
        date,
        time: Date.parse(`${date}T00:00:00Z`),
        median: median(values),
        min: values[0]!,
        max: values.at(-1)!,
        count: list.length,
        flagged: list.filter((point) => point.flagged).length,
        ids: list.map((point) => point.id),
      };
    })
    .sort((a, b) => a.time - b.time);
}

/** Where each date's mark goes on a date × value chart drawn as inline SVG; the value axis starts at zero. */
export function layoutChart(days: readonly ChartDay[], width = 720, height = 260): ChartLayout {
  const plot = { left: 64, top: 12, right: width - 16, bottom: height - 28 };
  if (days.length === 0) return { width, height, plot, days: [], yTicks: [], xTicks: [] };
  let first = days[0]!.time;
  let last = days.at(-1)!.time;
  if (first === last) {
    first -= DAY_MS;
    last += DAY_MS;
  }
  const highest = Math.max(...days.map((d) => d.max), 1);
  const step = niceStep(highest, 4);
  const top = Math.ceil(highest / step) * step;
  const x = (time: number) => plot.left + ((time - first) / (last - first)) * (plot.right - plot.left);
  const y = (value: number) => plot.bottom - (Math.max(0, value) / top) * (plot.bottom - plot.top);
  const yTicks = [];
  for (let value = 0; value <= top + step / 2; value += step) yTicks.push({ y: y(value), label: compact.format(value) });
  const xTicks = [0, 0.5, 1].map((share) => {
    const time = first + share * (last - first);
    return { x: x(time), label: new Date(time).toISOString().slice(0, 10) };
  });
  return { width, height, plot, days: days.map((d) => ({ ...d, x: x(d.time), y: y(d.median), yMin: y(d.min), yMax: y(d.max) })), yTicks, xTicks };
}
