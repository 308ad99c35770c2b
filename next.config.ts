import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Argon2's native binding and the pg driver stay Node modules, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "pino", "pdfkit"],
  poweredByHeader: false,
  // Separate build folders let a dev server and an end-to-end build run side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  typedRoutes: false,
  experimental: {
    serverActions: { bodySizeLimit: "2mb" },
    // forbidden() in pages answers 403 with app/(newsroom)/admin/forbidden.tsx.
    authInterrupts: true,
  },
};

export default nextConfig;
