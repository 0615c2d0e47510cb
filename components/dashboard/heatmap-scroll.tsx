"use client";
// The heatmap's sideways scroll box. It opens on the latest weeks (dir=rtl, no script needed), so its
// left edge falls wherever the width puts it, often through a month label ("7月" cut to "月"). A label
// the box does not show whole is hidden instead, as the box is scrolled or resized.
import { useEffect, useRef } from "react";
import { MONTH_LABELS_CLASS } from "./heatmap-month-labels";

export function HeatmapScroll({ svg, label }: { svg: string; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const labels = [...element.querySelectorAll<SVGTextElement>(`.${MONTH_LABELS_CLASS} text`)];
    const update = () => {
      const edges = element.getBoundingClientRect();
      for (const text of labels) {
        const rect = text.getBoundingClientRect();
        text.style.visibility = rect.left < edges.left - 0.5 || rect.right > edges.right + 0.5 ? "hidden" : "";
      }
    };
    update();
    element.addEventListener("scroll", update, { passive: true });
    window.addEventListener("resize", update);
    return () => {
      element.removeEventListener("scroll", update);
      window.removeEventListener("resize", update);
    };
  }, []);
  return (
    <div
      ref={box}
      dir="rtl"
      tabIndex={0}
      role="group"
      aria-label={label}
      className="min-w-0 overflow-x-auto pb-1"
      data-testid="heatmap-scroll"
    >
      <div dir="ltr" className="w-max" dangerouslySetInnerHTML={{ __html: svg }} />
    </div>
  );
}
