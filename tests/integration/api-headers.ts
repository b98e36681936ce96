/** The headers of the request a test is making; files calling routes in-process mock next/headers with it. */
export const apiRequestHeaders = { current: new Headers() };

export const nextHeadersMock = () => ({
  headers: async () => apiRequestHeaders.current,
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
});
