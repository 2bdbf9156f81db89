import { describe, expect, it } from "vitest";
import { findMentions } from "@/lib/inbox/find-mentions";

const members = [
  { id: "anna", name: "Анна", email: "anna@shop.ru" },
  { id: "annap", name: "Анна Петрова", email: "petrova@shop.ru" },
  { id: "oleg", name: "Олег Операторов", email: "oleg.o@shop.ru" },
  { id: "noname", name: null, email: "night-shift@shop.ru" },
];

describe("findMentions", () => {
  it("finds members by name or by the email's local part, in any case, longest name first", () => {
    expect(findMentions({ text: "@олег операторов глянь, пожалуйста", members })).toEqual(["oleg"]);
    expect(findMentions({ text: "@Анна Петрова и @анна, это ваш заказ", members }).sort()).toEqual(["anna", "annap"]);
    expect(findMentions({ text: "передай @night-shift", members })).toEqual(["noname"]);
    expect(findMentions({ text: "@petrova, привет", members })).toEqual(["annap"]);
  });

  it("ignores email addresses, partial words and unknown names", () => {
    expect(findMentions({ text: "пишите на anna@shop.ru", members })).toEqual([]);
    expect(findMentions({ text: "@Аннушка приходила", members })).toEqual([]);
    expect(findMentions({ text: "@Иван, посмотри", members })).toEqual([]);
    expect(findMentions({ text: "@", members })).toEqual([]);
  });
});
