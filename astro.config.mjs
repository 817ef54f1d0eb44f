// @ts-check
import { defineConfig } from "astro/config";
import starlight from "@astrojs/starlight";
import mdx from "@astrojs/mdx";
import { fileURLToPath } from "node:url";
import sitemap from "@astrojs/sitemap";
import { contentSecurityPolicy } from "./src/integrations/contentSecurityPolicy.ts";

export default defineConfig({
  site: "https://sigfix.dev",
  vite: {
    build: {
      // The largest chunk is Monaco (~2.6 MB), by design: only /play/ loads it, and only once the reader opens the
      // editor. Guide pages never fetch it (npm run perf measures their weight), so Vite's 500 kB note says nothing.
      chunkSizeWarningLimit: 4096,
      rolldownOptions: {
        onLog(level, log, handler) {
          // @astrojs/mdx marks every MDX module with "use astro:head-inject", which the bundler cannot keep and
          // says so, once per guide. Astro reads the marker before bundling, so dropping it is harmless.
          if (log.code === "MODULE_LEVEL_DIRECTIVE" && String(log.message).includes("astro:head-inject")) return;
          handler(level, log);
        },
      },
    },
    resolve: {
      // Pagefind's UI loads when a reader reaches for search, not on every page (see the stand-in's comment).
      alias: [{ find: /^@pagefind\/default-ui$/, replacement: fileURLToPath(new URL("./src/components/deferredPagefindUI.ts", import.meta.url)) }],
    },
  },
  trailingSlash: "ignore",
  integrations: [
    // Our own sitemap (Starlight then adds none), to keep the noindex playground out of it.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith("/play/") }),
    starlight({
      title: "sigfix",
      description: "Exact, reproducible answers to AWS request-authentication errors.",
      routeMiddleware: "./src/routeData.ts",
      components: {
        MarkdownContent: "./src/components/GuideContent.astro",
        Search: "./src/components/SiteSearch.astro",
      },
      customCss: ["./src/styles/site.css"],
      // Our own 404 (src/pages/404.astro) answers short links in any case and suggests the nearest codes.
      disable404Route: true,
      // Wrapped code never scrolls sideways: exact responses stay readable on phones, and Expressive Code then adds
      // no unnamed role="region" to long blocks (axe: landmark-unique).
      expressiveCode: { defaultProps: { wrap: true } },
      sidebar: [
        {
          label: "Start here",
          items: [
            { label: "What sigfix is", link: "/" },
            { label: "Diagnose a pasted error", link: "/diagnose/" },
            { label: "Which credentials will my SDK use?", link: "/credentials/" },
            { label: "All error codes", link: "/errors/" },
            { label: "Playground", link: "/play/" },
          ],
        },
        { label: "Errors", items: [{ autogenerate: { directory: "errors" } }] },
        { label: "How-to", items: [{ autogenerate: { directory: "how-to" } }] },
      ],
    }),
    mdx(),
    // Last, so it sees the finished pages (Pagefind's index and every inline script are in place by then).
    contentSecurityPolicy(),
  ],
});
