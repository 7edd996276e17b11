import type { MetadataRoute } from "next";

// What a phone shows when the app is added to its home screen.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Call Analytics for Twilio",
    short_name: "Call Analytics",
    start_url: "/dashboard",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#d9223a",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
