"use client";
import { useEffect } from "react";
import { keepPageOffline } from "@/lib/client/offline/keep-page-offline";

/** Registers the service worker (production builds only: in development it would cache stale code). */
export function ServiceWorkerRegistration({ enabled }: { enabled: boolean }) {
  useEffect(() => {
    if (!enabled || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker
      .register("/sw.js", { scope: "/" })
      .then(() => navigator.serviceWorker.ready)
      .then(() => keepPageOffline())
      .catch(() => {
        // Without a service worker the app still works online; offline reloads are what is lost.
      });
  }, [enabled]);
  return null;
}
