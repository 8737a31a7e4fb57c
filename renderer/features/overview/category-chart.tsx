/**
 * Stacked horizontal bars: for each of the units with the most unfinished directives, how many stand in each
 * category, in the categories' colours with a text legend. Loaded on demand (recharts is large) by
 * ./unit-chart-section.tsx; the table "Theo đơn vị chủ trì" holds the same numbers for people who cannot see the chart.
 */
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { CATEGORY_STYLE, categoryLabel, type Category } from '../../../src/followup/categories.js';
import type { ChartDatum } from './chart-data.js';

interface Props {
  data: readonly ChartDatum[];
  categories: readonly Category[];
  /** What a screen reader says about the chart. */
  label: string;
}

const NAME_WIDTH = 250;
const BAR_HEIGHT = 30;
const MAX_NAME = 34;

function shortName(name: string): string {
  return name.length <= MAX_NAME ? name : `${name.slice(0, MAX_NAME - 1)}…`;
}

export function CategoryChart({ data, categories, label }: Props) {
  const height = 90 + data.length * BAR_HEIGHT;
  return (
    <div role="figure" aria-label={label} data-testid="overview-chart" style={{ width: '100%', height }}>
      <BarChart responsive data={data as ChartDatum[]} layout="vertical" style={{ width: '100%', height }} margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid horizontal={false} stroke="#f0f0f0" />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={NAME_WIDTH} tickFormatter={shortName} interval={0} />
        <Tooltip />
        <Legend />
        {categories.map((category) => (
          <Bar key={category} dataKey={category} name={categoryLabel(category)} stackId="units" fill={CATEGORY_STYLE[category].hex} isAnimationActive={false} />
        ))}
      </BarChart>
    </div>
  );
}
