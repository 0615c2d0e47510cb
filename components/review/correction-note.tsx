/** "The notes said … / In fact …": how a card or quiz result unteaches an error in the source notes. */
export function CorrectionNote({
  correction,
  labels,
}: {
  correction: { claimedHtml: string; actualHtml: string };
  labels: { title: string; claimed: string; actual: string };
}) {
  return (
    <div className="rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950">
      <p className="font-semibold">{labels.title}</p>
      <p>
        <span className="font-medium">{labels.claimed}: </span>
        <span dangerouslySetInnerHTML={{ __html: correction.claimedHtml }} />
      </p>
      <p>
        <span className="font-medium">{labels.actual}: </span>
        <span dangerouslySetInnerHTML={{ __html: correction.actualHtml }} />
      </p>
    </div>
  );
}
