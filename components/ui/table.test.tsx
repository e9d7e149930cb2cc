import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RowHeader, Table, Td } from "./table";

const columns = [{ label: "Name" }, { label: "Count", align: "end" as const }, { label: "Actions", srOnly: true }];

describe("Table", () => {
  it("names its scrolling region and caption, and heads every column", () => {
    const html = renderToStaticMarkup(
      <Table caption="Members" columns={columns} empty="No members yet">
        <tr>
          <RowHeader>Ada</RowHeader>
          <Td align="end">3</Td>
          <Td>—</Td>
        </tr>
      </Table>,
    );
    expect(html).toContain('role="region" aria-label="Members" tabindex="0"');
    expect(html).toContain('<caption class="sr-only">Members</caption>');
    expect(html.match(/<th scope="col"/g)).toHaveLength(3);
    expect(html).toContain('<span class="sr-only">Actions</span>');
    expect(html).toContain('<th scope="row"');
    expect(html).not.toContain("No members yet");
  });

  it("shows the empty message in one row across every column when there are no rows", () => {
    const html = renderToStaticMarkup(
      <Table caption="Members" captionVisible columns={columns} empty="No members yet">
        {[].map(() => null)}
      </Table>,
    );
    expect(html).toMatch(/<td colSpan="3"[^>]*>No members yet<\/td>/i);
    expect(html).not.toContain('sr-only">Members');
  });

  it("keeps room for the columns a phone shows, so a narrow screen scrolls instead of squeezing", () => {
    const html = renderToStaticMarkup(
      <Table
        caption="Sessions"
        columns={["Device", { label: "Address", hiddenOnPhone: true }, "Last seen"]}
        empty="None"
      />,
    );
    expect(html).toContain('style="min-width:14rem"');
    expect(html).toMatch(/<th scope="col" class="[^"]*hidden sm:table-cell[^"]*">Address<\/th>/);
    const matrix = renderToStaticMarkup(<Table caption="Heatmap" compact columns={["A", "B"]} empty="None" />);
    expect(matrix).not.toContain("min-width");
  });
});
