import { readMediaFile } from "@/lib/media/serving";

/**
 * GET /media/<yyyy>/<mm>/<id>/<file> — the library's files. A key never
 * changes its bytes (it holds the item's id), so browsers and CDNs keep it for
 * a year. Served as inert data: no sniffing, and a sandbox so that even a
 * crafted PDF runs nothing on this origin.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  const file = await readMediaFile(key.join("/"));
  if (!file) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
