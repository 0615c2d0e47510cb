"use client";
import { useEffect } from "react";
import { keepPageOffline } from "@/lib/client/offline/keep-page-offline";

/**
 * Registers the service worker (production builds only: in development it would cache stale code)
 * once the page has loaded and the browser is idle: registering, and filling the caches on a first
 * visit, is work the first card must not wait for (issue 16).
 */
export function ServiceWorkerRegistration({ enabled }: { enabled: boolean }) {
  useEffect(() => {
    if (!enabled || !("serviceWorker" in navigator)) return;
    let cancelled = false;
    let idle: number | null = null;
    const hasIdleCallback = typeof window.requestIdleCallback === "function"; // not in Safari before 18.4
    const register = () => {
      idle = null;
      if (cancelled) return;
      navigator.serviceWorker
        .register("/sw.js", { scope: "/" })
        .then(() => navigator.serviceWorker.ready)
        .then(() => keepPageOffline())
        .catch(() => {
          // Without a service worker the app still works online; offline reloads are what is lost.
        });
    };
    const whenIdle = () => {
      idle = hasIdleCallback ? window.requestIdleCallback(register, { timeout: 3000 }) : window.setTimeout(register, 0);
    };
    if (document.readyState === "complete") whenIdle();
    else window.addEventListener("load", whenIdle, { once: true });
    return () => {
      cancelled = true;
      window.removeEventListener("load", whenIdle);
      if (idle !== null) (hasIdleCallback ? window.cancelIdleCallback : window.clearTimeout)(idle);
    };
  }, [enabled]);
  return null;
}
