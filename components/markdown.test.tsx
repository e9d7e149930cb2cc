import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown";

const render = (md: string) => renderToStaticMarkup(<Markdown>{md}</Markdown>);

describe("Markdown rendering", () => {
  it("renders ordinary Markdown, tables included", () => {
    const html = render("# Title\n\n**bold** and [link](https://example.org)\n\n| a | b |\n|---|---|\n| 1 | 2 |");
    expect(html).toContain("<h1");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain('href="https://example.org"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(html).toContain("<table>");
  });

  it("never emits a script element", () => {
    const html = render('Hello <script>alert("x")</script> world\n\n<script src="https://evil.example/x.js"></script>');
    expect(html).not.toMatch(/<script/i);
  });

  it("drops event handler attributes from raw HTML", () => {
    const html = render(
      '<img src="x" onerror="alert(1)"> <a href="#" onclick="alert(1)">x</a> <div onmouseover="alert(1)">y</div>',
    );
    expect(html).not.toMatch(/onerror|onclick|onmouseover/i);
  });

  it("drops javascript:, data: and vbscript: URLs", () => {
    const html = render(
      "[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](data:text/html;base64,PHNjcmlwdD4=) [d](vbscript:msgbox)",
    );
    expect(html).not.toMatch(/javascript:|data:text|vbscript:/i);
    expect(html).toContain(">a</a>");
  });

  it("does not load remote images (tracking pixels), showing their alt text", () => {
    const html = render("![chart](https://tracker.example/pixel.png)");
    expect(html).not.toContain("<img");
    expect(html).toContain("[chart]");
  });
});
