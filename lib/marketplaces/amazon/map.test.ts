import { describe, expect, it } from "vitest";

import { describeAmazonError } from "@/lib/marketplaces/amazon/client";
import { offeredMessageTypes, pickMessageType } from "@/lib/marketplaces/amazon/map";
import { getAttributesResponseSchema, messagingActionsResponseSchema } from "@/lib/marketplaces/amazon/schemas";
import { readFixture } from "@/lib/marketplaces/test-support";

const dir = import.meta.dirname;

describe("amazon messaging (spec examples)", () => {
  it("reads offered message types from the HAL example", () => {
    const response = messagingActionsResponseSchema.parse(readFixture(dir, "messaging-actions-200.json"));
    expect(offeredMessageTypes({ response })).toEqual(["negativeFeedbackRemoval"]);
  });

  it("reads the buyer's locale from the GetAttributes example; every field is optional in the spec", () => {
    expect(getAttributesResponseSchema.parse(readFixture(dir, "attributes-200.json")).buyer?.locale).toBe("en-US");
    expect(getAttributesResponseSchema.parse({}).buyer).toBeUndefined();
    expect(getAttributesResponseSchema.parse({ buyer: {} }).buyer?.locale).toBeUndefined();
  });

  it("only picks a text type that is offered", () => {
    expect(pickMessageType({ offered: ["negativeFeedbackRemoval"] })).toBeNull(); // no longer in the model, not sendable
    expect(pickMessageType({ offered: ["unexpectedProblem", "confirmDeliveryDetails"] })).toBe(
      "confirmDeliveryDetails",
    );
    expect(pickMessageType({ offered: ["unexpectedProblem"], requested: "confirmOrderDetails" })).toBeNull();
    expect(pickMessageType({ offered: ["unexpectedProblem"], requested: "unexpectedProblem" })).toBe(
      "unexpectedProblem",
    );
    expect(pickMessageType({ offered: ["warranty"], requested: "warranty" })).toBeNull(); // needs attachments
  });

  it("reads SP-API and LWA error bodies", () => {
    expect(describeAmazonError({ body: readFixture(dir, "error-400.json") })).toEqual({
      message: "Invalid Input",
      vendorCode: "InvalidInput",
    });
    expect(describeAmazonError({ body: { error: "invalid_grant", error_description: "bad token" } })).toEqual({
      message: "bad token",
      vendorCode: "invalid_grant",
    });
  });

  it("reads the offered actions link by link: one link without an href does not hide the others; no _links means none", () => {
    const response = messagingActionsResponseSchema.parse({
      _links: {
        self: { href: "/messaging/v1/orders/1" },
        actions: [
          { name: "odd" },
          { href: "/messaging/v1/orders/1/messages/confirmOrderDetails", name: "confirmOrderDetails" },
        ],
      },
    });
    expect(offeredMessageTypes({ response })).toEqual(["confirmOrderDetails"]);
    expect(offeredMessageTypes({ response: messagingActionsResponseSchema.parse({ errors: [] }) })).toEqual([]);
  });
});
