import { describe, expect, it } from "vitest";

import { DEFAULT_TEMPLATES } from "@/lib/review-requests/default-templates";
import { countSmsSegments, renderReviewRequest } from "@/lib/review-requests/render-review-request";

const VARIABLES = { customerName: "Иван", businessName: "Кофейня", reviewLink: "https://r.example.ru/abc" };

describe("renderReviewRequest", () => {
  it("renders the Russian defaults for every channel", () => {
    const result = renderReviewRequest({ variables: VARIABLES });
    expect(result.sms).toEqual({
      text: "Спасибо, что выбрали Кофейня! Оцените нас: https://r.example.ru/abc",
      segments: 1,
      encoding: "UCS-2",
    });
    expect(result.whatsapp.text).toBe(
      "Здравствуйте, Иван! Спасибо, что выбрали Кофейня. Нам очень важно ваше мнение — пожалуйста, оставьте отзыв: https://r.example.ru/abc",
    );
    expect(result.email.subject).toBe("Как вам Кофейня? Оставьте отзыв");
    expect(result.email.text).toContain("Оставить отзыв: https://r.example.ru/abc");
    expect(result.unknownVariables).toEqual([]);
    expect(result.missingVariables).toEqual([]);
  });

  it("greets without a name when there is none", () => {
    const result = renderReviewRequest({ variables: { ...VARIABLES, customerName: undefined } });
    expect(result.whatsapp.text.startsWith("Здравствуйте! Спасибо")).toBe(true);
    expect(result.email.text.startsWith("Здравствуйте!\n\n")).toBe(true);
    expect(result.missingVariables).toEqual([]);
  });

  it("escapes the email HTML and links only the review link", () => {
    const result = renderReviewRequest({ variables: { ...VARIABLES, businessName: '<script>alert("x")</script>' } });
    expect(result.email.html).not.toContain("<script>");
    expect(result.email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(result.email.html).toContain('<a href="https://r.example.ru/abc">https://r.example.ru/abc</a>');
    expect(result.email.html.startsWith("<p>Здравствуйте, Иван!</p>")).toBe(true);
    expect(result.email.html).toContain("С уважением,<br>");
  });

  it("uses workspace templates over the defaults and reports their problems", () => {
    const result = renderReviewRequest({
      templates: { sms: "{{businessName}}: {{promo}} {{reviewLink}}", whatsapp: "" },
      variables: { businessName: "Салон" },
    });
    expect(result.sms.text).toBe("Салон: {{promo}}");
    expect(result.whatsapp.text.startsWith("Здравствуйте! Спасибо, что выбрали Салон.")).toBe(true);
    expect(result.unknownVariables).toEqual(["promo"]);
    expect(result.missingVariables).toEqual(["reviewLink"]);
  });

  it("keeps the default SMS within one Cyrillic segment for a typical name and link", () => {
    expect(DEFAULT_TEMPLATES.sms.length).toBeLessThan(70);
  });
});

describe("countSmsSegments", () => {
  it("counts GSM-7 and UCS-2 parts", () => {
    expect(countSmsSegments("a".repeat(160))).toEqual({ encoding: "GSM-7", segments: 1 });
    expect(countSmsSegments("a".repeat(161))).toEqual({ encoding: "GSM-7", segments: 2 });
    expect(countSmsSegments("{".repeat(80) + "a")).toEqual({ encoding: "GSM-7", segments: 2 });
    expect(countSmsSegments("я".repeat(70))).toEqual({ encoding: "UCS-2", segments: 1 });
    expect(countSmsSegments("я".repeat(71))).toEqual({ encoding: "UCS-2", segments: 2 });
    expect(countSmsSegments("я".repeat(135))).toEqual({ encoding: "UCS-2", segments: 3 });
    expect(countSmsSegments("")).toEqual({ encoding: "GSM-7", segments: 0 });
  });
});
