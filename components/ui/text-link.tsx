// The one text-link style. Pages inside Accord go through next/link; files and API routes
// (downloads) through a plain <a>; addresses people typed in open in a new tab, never with
// the opener or a referrer, and never as an endorsement (nofollow).
import Link from "next/link";
import type { AnchorHTMLAttributes, ReactNode } from "react";

export const linkClass = "text-brand-700 hover:underline";

export function TextLink({
  href,
  kind = "page",
  className = "",
  children,
  ...props
}: {
  href: string;
  /** page: an Accord page; file: a download or API route; external: someone else's site. */
  kind?: "page" | "file" | "external";
  className?: string;
  children: ReactNode;
} & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href" | "className" | "children" | "target" | "rel">) {
  const classes = `${linkClass} ${className}`;
  if (kind === "page") {
    return (
      <Link href={href} className={classes} {...props}>
        {children}
      </Link>
    );
  }
  return (
    <a
      href={href}
      className={classes}
      {...(kind === "external" ? { target: "_blank", rel: "noopener noreferrer nofollow" } : {})}
      {...props}
    >
      {children}
    </a>
  );
}

/** The link to the next page of a list ("More", "Older"), under the list. */
export function MoreLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <TextLink href={href} className="mt-3 inline-block text-sm">
      {children}
    </TextLink>
  );
}
