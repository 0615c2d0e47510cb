"use client";
import { useEffect, useState, type ReactNode } from "react";

/** Dispatched by the session-expired notice: the header stops offering pages that now answer 401. */
export const SESSION_EXPIRED_EVENT = "kubedrill:session-expired";

/**
 * The signed-in header links, as the server rendered them, until a request of this page finds the
 * session gone: then a sign-in link that returns here takes their place.
 */
export function SignedInLinks({
  signInLabel,
  className,
  children,
}: {
  signInLabel: string;
  className: string;
  children: ReactNode;
}) {
  const [expired, setExpired] = useState(false);
  useEffect(() => {
    const onExpired = () => setExpired(true);
    window.addEventListener(SESSION_EXPIRED_EVENT, onExpired);
    return () => window.removeEventListener(SESSION_EXPIRED_EVENT, onExpired);
  }, []);
  if (!expired) return <>{children}</>;
  return (
    <a href={`/signin?callbackUrl=${encodeURIComponent(location.pathname)}`} className={className}>
      {signInLabel}
    </a>
  );
}
