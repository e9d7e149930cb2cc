// Markdown as users write it in briefs and comments, rendered safely: react-markdown never
// renders raw HTML, rehype-sanitize (GitHub's allow-list) strips anything unexpected, and
// links other than http(s)/mailto are dropped, so no script can run.
import ReactMarkdown, { defaultUrlTransform } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";

function safeUrl(url: string): string {
  const transformed = defaultUrlTransform(url);
  return /^(https?:|mailto:|#|\/)/i.test(transformed) ? transformed : "";
}

export function Markdown({ children, className = "" }: { children: string; className?: string }) {
  return (
    <div className={`prose-accord ${className}`}>
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[rehypeSanitize]}
        urlTransform={safeUrl}
        components={{
          a: ({ node: _node, ...props }) => <a {...props} rel="noopener noreferrer nofollow" target="_blank" />,
          img: ({ node: _node, alt }) => <span className="text-slate-500">[{alt || "image"}]</span>,
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
