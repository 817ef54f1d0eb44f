// @ts-check
import { defineConfig } from "astro/config";
import starlight from "@astrojs/starlight";
import mdx from "@astrojs/mdx";
import { fileURLToPath } from "node:url";
import sitemap from "@astrojs/sitemap";

export default defineConfig({
  site: "https://sigfix.dev",
  vite: {
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
  ],
});
