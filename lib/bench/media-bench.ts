/** Processing one 12-megapixel camera JPEG into every rendition the reader site serves. */
import { performance } from "node:perf_hooks";
import sharp from "sharp";
import { processImage } from "@/lib/media/image-processing";
import { summarize, type Timings } from "./stats";

export type MediaBenchResult = {
  source: { width: number; height: number; bytes: number };
  renditions: number;
  renditionBytes: number;
  timings: Timings;
  /** Highest resident memory above the level before the run, over all runs. */
  peakRssAboveBaselineMb: number;
  peakRssMb: number;
};

const WIDTH = 4000;
const HEIGHT = 3000;

/** A landscape: sky and hill gradients, a sun, scattered shapes for detail. */
function sceneSvg(): Buffer {
  const shapes = Array.from({ length: 400 }, (_, index) => {
    const colour = (0x204010 + index * 2311).toString(16).slice(-6);
    return `<circle cx="${(index * 977) % WIDTH}" cy="${1800 + ((index * 613) % 1200)}" r="${10 + ((index * 37) % 60)}" fill="#${colour}" opacity="0.7"/>`;
  }).join("");
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}"><defs>` +
      `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#4a90c2"/><stop offset="1" stop-color="#f2d7a8"/></linearGradient>` +
      `<radialGradient id="hill" cx="0.3" cy="0.8" r="0.7"><stop offset="0" stop-color="#2e6b2e"/><stop offset="1" stop-color="#123812"/></radialGradient></defs>` +
      `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/><ellipse cx="1400" cy="2900" rx="2600" ry="1200" fill="url(#hill)"/>` +
      `<circle cx="3100" cy="700" r="260" fill="#fff3c4"/>${shapes}</svg>`,
  );
}

/**
 * A photo-like 12-megapixel camera JPEG: a scene with sensor-like grain. Pure
 * noise would be a worst case no encoder compresses; a flat colour a best case.
 */
async function cameraJpeg(): Promise<Buffer> {
  const scene = await sharp(sceneSvg()).removeAlpha().raw().toBuffer();
  const grain = await sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: "#000000", noise: { type: "gaussian", mean: 128, sigma: 10 } } })
    .raw()
    .toBuffer();
  for (let index = 0; index < scene.length; index++) scene[index] = Math.max(0, Math.min(255, scene[index] + grain[index] - 128));
  return sharp(scene, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .jpeg({ quality: 92 })
    .withExif({ IFD0: { Make: "NewsCam", Copyright: "Photo: Nguyen Hong" } })
    .toBuffer();
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export async function benchImageProcessing({ runs, log }: { runs: number; log: (line: string) => void }): Promise<MediaBenchResult> {
  const source = await cameraJpeg();
  log(`Image processing: a ${mb(source.length)} MB 12-megapixel JPEG into every rendition, ${runs} runs …`);
  const samples: number[] = [];
  let peak = 0;
  let peakAbove = 0;
  let renditions = 0;
  let renditionBytes = 0;
  for (let run = 0; run < runs; run++) {
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let highest = baseline;
    const sampler = setInterval(() => {
      highest = Math.max(highest, process.memoryUsage().rss);
    }, 5);
    const started = performance.now();
    const processed = await processImage(source, "image/jpeg");
    samples.push(performance.now() - started);
    clearInterval(sampler);
    highest = Math.max(highest, process.memoryUsage().rss);
    peak = Math.max(peak, highest);
    peakAbove = Math.max(peakAbove, highest - baseline);
    renditions = processed.renditions.length;
    renditionBytes = processed.renditions.reduce((total, rendition) => total + rendition.bytes.length, 0) + processed.master.bytes.length;
  }
  return {
    source: { width: WIDTH, height: HEIGHT, bytes: source.length },
    renditions,
    renditionBytes,
    timings: summarize(samples),
    peakRssAboveBaselineMb: mb(peakAbove),
    peakRssMb: mb(peak),
  };
}
