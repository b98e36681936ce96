import { escapeHtml } from "./html";

export interface ChartBar {
  label: string;
  count: number;
}

const BAR_HEIGHT = 22;
const GAP = 8;
const LABEL_WIDTH = 130;
const BAR_AREA = 300;
const COUNT_WIDTH = 50;

/** A horizontal bar chart as inline SVG, one bar per rating, scaled to the largest count. */
export function ratingChartSvg(bars: readonly ChartBar[], title = "Claims by rating"): string {
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const height = bars.length * (BAR_HEIGHT + GAP) + GAP;
  const width = LABEL_WIDTH + BAR_AREA + COUNT_WIDTH;
  const rows = bars.map((bar, index) => {
    const y = GAP + index * (BAR_HEIGHT + GAP);
    const barWidth = bar.count === 0 ? 0 : Math.max(2, Math.round((bar.count / max) * BAR_AREA));
    return [
      `<text x="${LABEL_WIDTH - 8}" y="${y + BAR_HEIGHT / 2}" text-anchor="end" dominant-baseline="central">${escapeHtml(bar.label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${barWidth}" height="${BAR_HEIGHT}" rx="3" class="bar"><title>${escapeHtml(`${bar.label}: ${bar.count}`)}</title></rect>`,
      `<text x="${LABEL_WIDTH + barWidth + 6}" y="${y + BAR_HEIGHT / 2}" dominant-baseline="central">${bar.count}</text>`,
    ].join("");
  });
  return `<svg class="rating-chart" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${rows.join("")}</svg>`;
}
