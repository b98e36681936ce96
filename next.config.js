/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // CI type-checks the whole project with `tsc --noEmit`; checking again in every build only costs time.
  typescript: { ignoreBuildErrors: true },
  // Lets parallel test runs build into folders of their own.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // forbidden() renders app/forbidden.tsx with a 403 for pages a role may not open.
  experimental: { authInterrupts: true },
};

export default nextConfig;
