import { defineRouteMiddleware } from "@astrojs/starlight/route-data";
import { tocForGuide } from "./guides/tocForGuide.ts";

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const guide = route.entry.data.guide;
  if (guide && route.toc) route.toc.items = tocForGuide(guide, route.toc.items);
});
