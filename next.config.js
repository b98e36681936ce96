/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets parallel test runs build into folders of their own.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // forbidden() renders app/forbidden.tsx with a 403 for pages a role may not open.
  experimental: { authInterrupts: true },
};

export default nextConfig;
