// Sent with every answer, pages and API alike; pages also get a Content-Security-Policy with a nonce (proxy.ts).
const SECURITY_HEADERS = {
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // CI type-checks the whole project with `tsc --noEmit`; checking again in every build only costs time.
  typescript: { ignoreBuildErrors: true },
  // Lets parallel test runs build into folders of their own.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // forbidden() renders app/forbidden.tsx with a 403 for pages a role may not open.
  experimental: { authInterrupts: true },
  async headers() {
    const all = Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value }));
    return [
      { source: "/:path*", headers: all },
      // Answers of the API are per user: never kept by a browser or a shared cache.
      { source: "/api/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] },
    ];
  },
};

export default nextConfig;
