// The shape of a report's rows and the scope every section query shares (get-report.ts and the
// sections it composes, such as report-by-label.ts).
export const METRICS = ["first", "response", "resolution"] as const;
export type Metric = (typeof METRICS)[number];
export type Percentiles = { p50: number | null; p90: number | null };
export type ReportRow = {
  key: string;
  received: number;
  answered: number;
  resolved: number;
  slaMet: number;
  slaShare: number | null;
} & Record<Metric, Percentiles>;
export type Scope = { workspaceId: string; scope: string; from: string; to: string; clock: "wall" | "business" };

const none = (): Percentiles => ({ p50: null, p90: null });

export function emptyRow(key: string): ReportRow {
  return {
    key,
    received: 0,
    answered: 0,
    resolved: 0,
    slaMet: 0,
    slaShare: null,
    first: none(),
    response: none(),
    resolution: none(),
  };
}
