/** The class of the heatmap's month labels (an SVG group), shared by the server chart and its client scroll box. */
export const MONTH_LABELS_CLASS = "heatmap-months";
