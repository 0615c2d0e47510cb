// Formatting, checked by `npm run lint` (and the lint step of `npm test`). The Tailwind plugin
// sorts class names in the order Tailwind emits them, reading the theme from app/globals.css.
/** @type {import("prettier").Config} */
export default {
  printWidth: 120,
  plugins: ["prettier-plugin-tailwindcss"],
  tailwindStylesheet: "./app/globals.css",
  tailwindFunctions: ["clsx", "cn"],
};
