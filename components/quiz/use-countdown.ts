"use client";
import { useEffect, useState } from "react";

/** Milliseconds left until `deadline`, ticking every second; null without a deadline. */
export function useCountdown(deadline: string | null): number | null {
  const end = deadline ? new Date(deadline).getTime() : null;
  const [left, setLeft] = useState<number | null>(end === null ? null : Math.max(0, end - Date.now()));
  useEffect(() => {
    if (end === null) return;
    const tick = () => setLeft(Math.max(0, end - Date.now()));
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [end]);
  return left;
}
