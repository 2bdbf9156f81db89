import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BellIcon, DisclosureIcon } from "@/components/ui/icons";

describe("Icon", () => {
  it("is decoration by default: hidden from screen readers, drawn in the text colour at 16 px", () => {
    const svg = renderToStaticMarkup(createElement(BellIcon));
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).toContain('width="16"');
    expect(svg).toContain('stroke="currentColor"');
    expect(svg).not.toContain("role=");
    expect(svg).not.toContain("<title>");
  });

  it("says what it means when given a title", () => {
    const svg = renderToStaticMarkup(createElement(BellIcon, { title: "Notifications", size: 20 }));
    expect(svg).toContain('role="img"');
    expect(svg).toContain("<title>Notifications</title>");
    expect(svg).toContain('width="20"');
    expect(svg).not.toContain("aria-hidden");
  });

  it("fills a solid shape instead of stroking it", () => {
    const svg = renderToStaticMarkup(createElement(DisclosureIcon));
    expect(svg).toContain('fill="currentColor"');
    expect(svg).not.toContain("stroke=");
  });
});
