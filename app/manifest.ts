import type { MetadataRoute } from "next";

/** The installable app (Add to Home Screen): opens on the home page, standalone, with the review page usable offline. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "KubeDrill — Kubernetes CKA/CKAD",
    short_name: "KubeDrill",
    description: "Spaced-repetition cards and quizzes for Kubernetes CKA/CKAD (日本語 / English)",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0369a1",
    lang: "ja",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
