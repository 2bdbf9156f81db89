import { describe, expect, it } from "vitest";
import { checkReplyFiles } from "@/lib/inbox/reply-files";
import { replyRulesFor } from "@/lib/inbox/reply-rules";

const MB = 1024 * 1024;

describe("replyRulesFor", () => {
  it("takes the chat limit and files from the marketplace, the answer limit for reviews and questions", () => {
    expect(replyRulesFor({ marketplace: "wildberries", kind: "CHAT" })).toMatchObject({
      maxChars: 1000,
      messageType: "chat",
      attachments: { maxFileBytes: 5 * MB },
    });
    expect(replyRulesFor({ marketplace: "wildberries", kind: "REVIEW" })).toEqual({
      maxChars: 5000,
      messageType: "review",
      attachments: null,
    });
    expect(replyRulesFor({ marketplace: "wildberries", kind: "QUESTION" })).toMatchObject({
      maxChars: 5000,
      messageType: "question",
      attachments: null,
    });
    expect(replyRulesFor({ marketplace: "yandex_market", kind: "CHAT" }).maxChars).toBe(4096);
    expect(replyRulesFor({ marketplace: "ozon", kind: "CHAT" }).maxChars).toBe(1000);
    expect(replyRulesFor({ marketplace: "amazon", kind: "CHAT" })).toMatchObject({ maxChars: 2000, attachments: null });
    expect(replyRulesFor({ marketplace: "amazon", kind: "CHAT", amazonMessageType: "digitalAccessKey" }).maxChars).toBe(
      400,
    );
  });
});

describe("checkReplyFiles", () => {
  const wb = replyRulesFor({ marketplace: "wildberries", kind: "CHAT" });

  it("accepts the marketplace's types within its sizes", () => {
    expect(
      checkReplyFiles({
        files: [
          { name: "a.jpg", type: "image/jpeg", size: MB },
          { name: "b.PDF", type: "APPLICATION/PDF", size: 5 * MB },
        ],
        rules: wb,
      }),
    ).toEqual([]);
  });

  it("names the file with a wrong type or too large, and the total", () => {
    const issues = checkReplyFiles({
      files: [
        { name: "movie.mp4", type: "video/mp4", size: 10 },
        { name: "scan.pdf", type: "application/pdf", size: 5 * MB + 1 },
        ...Array.from({ length: 6 }, (_, i) => ({ name: `p${i}.png`, type: "image/png", size: 4.5 * MB })),
      ],
      rules: wb,
    });
    expect(issues).toEqual([
      {
        code: "type",
        fileName: "movie.mp4",
        mimeType: "video/mp4",
        allowed: ["image/jpeg", "image/png", "application/pdf"],
      },
      { code: "size", fileName: "scan.pdf", limitBytes: 5 * MB },
      { code: "total", limitBytes: 30 * MB },
    ]);
  });

  it("refuses any file where the marketplace takes none, and too many files", () => {
    const review = replyRulesFor({ marketplace: "wildberries", kind: "REVIEW" });
    expect(checkReplyFiles({ files: [{ name: "a.png", type: "image/png", size: 1 }], rules: review })).toEqual([
      { code: "not_allowed" },
    ]);
    expect(checkReplyFiles({ files: [], rules: review })).toEqual([]);
    const ozon = replyRulesFor({ marketplace: "ozon", kind: "CHAT" });
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `${i}.png`, type: "image/png", size: 1 }));
    expect(checkReplyFiles({ files: six, rules: ozon })).toEqual([{ code: "too_many", limit: 5 }]);
  });
});
