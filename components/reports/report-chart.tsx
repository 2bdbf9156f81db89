"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ChartBar = { key: string; name: string; color: string };
export type ChartPoint = { label: string } & Record<string, string | number | null>;

/**
 * A bar chart whose every bar opens the chats behind it (onPick with the point's index). Loaded on demand
 * (next/dynamic), so the charting library stays out of the page's first load.
 */
export default function ReportChart({
  points,
  bars,
  onPick,
  unit,
}: {
  points: ChartPoint[];
  bars: ChartBar[];
  onPick: (index: number) => void;
  unit?: string;
}) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
        <YAxis tick={{ fontSize: 11 }} allowDecimals={false} unit={unit} />
        <Tooltip cursor={{ fill: "#f1f5f9" }} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {bars.map((b) => (
          <Bar
            key={b.key}
            dataKey={b.key}
            name={b.name}
            fill={b.color}
            cursor="pointer"
            isAnimationActive={false}
            onClick={(_, index) => onPick(index)}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
