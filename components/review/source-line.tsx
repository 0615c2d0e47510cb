/** Where an item's answer comes from; nothing for items without a source (imported Anki or CSV cards). */
export function SourceLine({
  source,
  label,
  className,
}: {
  source: { notes: string; url: string | null } | null;
  label: string;
  className: string;
}) {
  if (!source) return null;
  return (
    <p className={className}>
      {label}: {source.notes}
      {source.url && (
        <>
          {" "}
          ·{" "}
          <a
            className="text-sky-700 underline dark:text-sky-300"
            href={source.url}
            target="_blank"
            rel="noopener noreferrer"
          >
            kubernetes.io
          </a>
        </>
      )}
    </p>
  );
}
