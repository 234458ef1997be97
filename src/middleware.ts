import { defineMiddleware } from 'astro:middleware';
import { relativizeHtml } from './lib/relative-links';

/**
 * Makes the links of every page relative as it is rendered, so the built site works under any
 * sub-path and straight from disk. Done here rather than over the written files: at 10,000 papers
 * reading and writing every page again took 8 s. The 404 page is served at whatever URL was
 * missing, so it alone keeps root-absolute links.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('text/html') || /\/404(?:\.html|\/)?$/u.test(context.url.pathname)) return response;
  const html = await response.text();
  return new Response(relativizeHtml(html, context.url.pathname), {
    status: response.status,
    headers: response.headers,
  });
});
