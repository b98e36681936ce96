export interface ChartInput {
  id: string;
  date: Date;
  value: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  points: { id: string; x: number; y: number }[];
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; label: string }[];
}

const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });

/** Round steps (1, 2, 5 × 10ⁿ) covering 0..max in about `count` ticks. */
function niceStep(max: number, count: number): number {
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].find((factor) => factor * power >= raw) ?? 10) * power;
}

/** Where each value goes on a date × value chart drawn as inline SVG; the value axis starts at zero. */
export function layoutChart(points: readonly ChartInput[], width = 720, height = 260): ChartLayout {
  const plot = { left: 64, top: 12, right: width - 16, bottom: height - 28 };
  if (points.length === 0) return { width, height, plot, points: [], yTicks: [], xTicks: [] };
  const times = points.map((point) => point.date.getTime());
  let first = Math.min(...times);
  let last = Math.max(...times);
  if (first === last) {
    first -= 86_400_000;
    last += 86_400_000;
  }
  const step = niceStep(Math.max(...points.map((point) => point.value), 1), 4);
  const top = Math.ceil(Math.max(...points.map((point) => point.value), 1) / step) * step;
  const x = (time: number) => plot.left + ((time - first) / (last - first)) * (plot.right - plot.left);
  const y = (value: number) => plot.bottom - (Math.max(0, value) / top) * (plot.bottom - plot.top);
  const yTicks = [];
  for (let value = 0; value <= top + step / 2; value += step) yTicks.push({ y: y(value), label: compact.format(value) });
  const xTicks = [0, 0.5, 1].map((share) => {
    const time = first + share * (last - first);
    return { x: x(time), label: new Date(time).toISOString().slice(0, 10) };
  });
  return { width, height, plot, points: points.map((point) => ({ id: point.id, x: x(point.date.getTime()), y: y(point.value) })), yTicks, xTicks };
}
