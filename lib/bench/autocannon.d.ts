// autocannon 8 ships no types; this is the part of its programmatic API the bench uses.
declare module "autocannon" {
  type Histogram = { average: number; mean: number; stddev: number; min: number; max: number; p50: number; p90: number; p99: number; total: number };

  export type AutocannonResult = {
    url: string;
    connections: number;
    duration: number;
    requests: Histogram & { sent: number };
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
  };

  export type AutocannonOptions = {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    headers?: Record<string, string>;
  };

  /** Without a callback the returned tracker is a promise of the result. */
  export default function autocannon(options: AutocannonOptions): Promise<AutocannonResult>;
}
