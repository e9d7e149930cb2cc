// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// Headers that do not depend on the request; the CSP (with its per-request nonce) and HSTS
// are set in proxy.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A second build beside the usual one (the fuzz run, a benchmark) can live in its own folder.
  distDir: process.env.ACCORD_DIST_DIR || ".next",
  // Native or WASM packages are loaded by Node at run time, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@node-rs/argon2",
    "pg",
    "nodemailer",
    "@prisma/schema-engine-wasm",
    // pdfkit and fontkit read font files from their own folders at run time.
    "pdfkit",
    "fontkit",
  ],
  typedRoutes: false,
  experimental: {
    // Attachments are up to 25 MB (checked again in lib/attachments/sniff.ts).
    serverActions: { bodySizeLimit: "26mb" },
    proxyClientMaxBodySize: "26mb",
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = withNextIntl(nextConfig);
