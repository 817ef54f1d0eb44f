// @ts-check
import { defineConfig } from "astro/config";
import starlight from "@astrojs/starlight";
import mdx from "@astrojs/mdx";

export default defineConfig({
  site: "https://sigfix.dev",
  trailingSlash: "ignore",
  integrations: [
    starlight({
      title: "sigfix",
      description: "Exact, reproducible answers to AWS request-authentication errors.",
      routeMiddleware: "./src/routeData.ts",
      components: {
        MarkdownContent: "./src/components/GuideContent.astro",
      },
      customCss: ["./src/styles/site.css"],
      sidebar: [
        { label: "Start here", items: [{ label: "What sigfix is", link: "/" }, { label: "All error codes", link: "/errors/" }] },
        { label: "Errors", autogenerate: { directory: "errors" } },
        { label: "How-to", autogenerate: { directory: "how-to" } },
      ],
    }),
    mdx(),
  ],
});
