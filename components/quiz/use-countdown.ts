"use client";
import { useEffect, useState } from "react";

/**
 * Milliseconds left until `deadline`, ticking every second; null without a deadline. The browser's
 * clock may be off: the offset to the server's clock (from `serverNow`, taken when the page was
 * rendered) is measured once and applied, so the countdown ends when the server's deadline does.
 */
export function useCountdown(deadline: string | null, serverNow: string): number | null {
  const end = deadline ? new Date(deadline).getTime() : null;
  const [skew] = useState(() => new Date(serverNow).getTime() - Date.now());
  const [left, setLeft] = useState<number | null>(end === null ? null : Math.max(0, end - (Date.now() + skew)));
  useEffect(() => {
    if (end === null) return;
    const tick = () => setLeft(Math.max(0, end - (Date.now() + skew)));
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [end, skew]);
  return left;
}
