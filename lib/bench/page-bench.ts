/**
 * One public story page under load: the first request renders it and fills
 * Next's cache, the second shows it is served from there, then autocannon
 * keeps 50 connections busy on it from this process. The load generator and
 * the server share the machine's cores, which the figures include.
 */
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { articlePath } from "@/lib/articles/public-paths";

export type PageBenchResult = {
  url: string;
  firstRequest: { status: number; ms: number; cache: string | null };
  secondRequest: { status: number; ms: number; cache: string | null };
  htmlBytes: number;
  gzipBytes: number;
  load: {
    connections: number;
    durationSeconds: number;
    requestsPerSecond: number;
    latencyP50Ms: number;
    latencyP99Ms: number;
    latencyMaxMs: number;
    requests: number;
    non2xx: number;
    errors: number;
    timeouts: number;
  };
};

async function timedGet(url: string) {
  const started = performance.now();
  const response = await fetch(url);
  const html = await response.text();
  return { status: response.status, ms: Math.round((performance.now() - started) * 10) / 10, cache: response.headers.get("x-nextjs-cache"), html };
}

export async function benchArticlePage({
  origin,
  slug,
  connections,
  durationSeconds,
}: {
  origin: string;
  slug: string;
  connections: number;
  durationSeconds: number;
}): Promise<PageBenchResult> {
  const url = `${origin}${articlePath("vi", slug)}`;
  const first = await timedGet(url);
  if (first.status !== 200) throw new Error(`GET ${url} answered ${first.status}`);
  const second = await timedGet(url);
  const htmlBytes = Buffer.byteLength(second.html);

  // No Accept-Encoding: Next sends the page uncompressed, as it would to a CDN or proxy in front of it.
  const result = await autocannon({ url, connections, duration: durationSeconds, timeout: 10 });
  return {
    url,
    firstRequest: { status: first.status, ms: first.ms, cache: first.cache },
    secondRequest: { status: second.status, ms: second.ms, cache: second.cache },
    htmlBytes,
    gzipBytes: gzipSync(second.html).length,
    load: {
      connections,
      durationSeconds,
      requestsPerSecond: Math.round(result.requests.average * 10) / 10,
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      latencyMaxMs: result.latency.max,
      requests: result.requests.total,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
    },
  };
}
