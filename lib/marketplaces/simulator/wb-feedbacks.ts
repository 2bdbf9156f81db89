import type { SimContext } from "@/lib/marketplaces/simulator/context";
import { randomBuyerName, recordSent } from "@/lib/marketplaces/simulator/context";
import { empty, json, readJson, type SimRequest, type SimResponse } from "@/lib/marketplaces/simulator/http-utils";
import { requestId, type SimModule } from "@/lib/marketplaces/simulator/module";
import { sellerShop, simWbSeller } from "@/lib/marketplaces/simulator/demo-credentials";
import { elapsedDaysAfter } from "@/lib/time/zoned-time";

// Wildberries feedbacks & questions API (feedbacks-api.wildberries.ru) under /wb-feedbacks.

type Product = {
  imtId: number;
  nmId: number;
  productName: string;
  supplierArticle: string;
  supplierName: string;
  brandName: string;
  size: string;
};
type SimFeedback = {
  id: string;
  text: string;
  pros?: string;
  cons?: string;
  productValuation: number;
  createdDate: string;
  answer: { text: string; state: string; editable: boolean } | null;
  state: string;
  productDetails: Product;
  photoLinks?: Array<{ fullSize: string; miniSize: string }>;
  userName?: string;
  wasViewed: boolean;
  parentFeedbackId?: string | null;
  childFeedbackId?: string | null;
};
type SimQuestion = {
  id: string;
  text: string;
  createdDate: string;
  state: string;
  answer: { text: string; editable: boolean; createDate: string } | null;
  productDetails: Product;
  wasViewed: boolean;
  isWarned: boolean;
};

export type WbFeedbacksState = { feedbacks: SimFeedback[]; questions: SimQuestion[] };

const PRODUCT: Product = {
  imtId: 11157265,
  nmId: 14917842,
  productName: "Футболка-поло",
  supplierArticle: "DP02/черный",
  supplierName: "ГП Реклама и услуги",
  brandName: "Бест Трикотаж",
  size: "0",
};

function wbId(): string {
  return crypto.randomUUID().replaceAll("-", "").slice(0, 20);
}

function withoutKeys<T extends object>(item: T, keys: (keyof T)[]): T {
  const copy = { ...item };
  for (const key of keys) delete copy[key];
  return copy;
}

export function createWbFeedbacksState(now: Date): WbFeedbacksState {
  const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000).toISOString();
  const feedback = (text: string, rating: number, minutesAgo: number): SimFeedback => ({
    id: wbId(),
    text,
    pros: "",
    cons: "",
    productValuation: rating,
    createdDate: at(minutesAgo),
    answer: null,
    state: "wbRu",
    productDetails: PRODUCT,
    photoLinks: [],
    userName: randomBuyerName(),
    wasViewed: false,
  });
  return {
    feedbacks: [
      // Sparse, as the spec allows: no pros, cons, photoLinks or userName.
      withoutKeys(feedback("Спасибо, всё подошло", 5, 30), ["pros", "cons", "photoLinks", "userName"]),
      feedback("Ткань тонкая, после стирки села", 2, 90),
      { ...feedback("Хорошая футболка", 4, 600), answer: { text: "Спасибо за отзыв!", state: "wbRu", editable: true } },
      // 40 days without an answer: only the archive lists it (read on first import).
      { ...feedback("Цвет чуть темнее, чем на фото, в остальном хорошо", 4, 40 * 24 * 60), photoLinks: [] },
    ],
    questions: [
      {
        id: wbId(),
        text: "Какой рост у модели на фото?",
        createdDate: at(45),
        state: "suppliersPortalSynch",
        answer: null,
        productDetails: PRODUCT,
        wasViewed: false,
        isWarned: false,
      },
    ],
  };
}

function fqError(status: number, message: string): SimResponse {
  return json(status, {
    data: null,
    error: true,
    errorText: message,
    additionalErrors: [message],
    requestId: requestId(),
  });
}

function standardized(status: number, detail: string): SimResponse {
  return json(
    status,
    { title: "Bad Request", requestId: requestId(), origin: "fbapi", detail },
    { "content-type": "application/problem+json" },
  );
}

// Elapsed time: a review left unanswered for 30 × 24 h moves to the archive.
const ARCHIVE_AFTER_DAYS = 30;

function isArchived(item: { answer: unknown; createdDate: string }, now: Date): boolean {
  return (
    Boolean(item.answer) ||
    elapsedDaysAfter({ at: new Date(item.createdDate), days: ARCHIVE_AFTER_DAYS }).getTime() < now.getTime()
  );
}

/** GET /api/v1/feedbacks/archive: answered reviews and those left unanswered for 30 days; take <= 5000. */
function archive(items: SimFeedback[], req: SimRequest, now: Date): SimResponse {
  const take = Number(req.query.get("take"));
  const skip = Number(req.query.get("skip"));
  if (
    !req.query.get("take") ||
    req.query.get("skip") === null ||
    !Number.isInteger(take) ||
    !Number.isInteger(skip) ||
    take > 5000
  ) {
    return fqError(400, "take и skip обязательны, take не больше 5000");
  }
  const archived = items.filter((i) => isArchived(i, now)).sort((a, b) => b.createdDate.localeCompare(a.createdDate));
  return json(200, {
    data: { feedbacks: archived.slice(skip, skip + take) },
    error: false,
    errorText: "",
    additionalErrors: null,
  });
}

function list<T extends { answer: unknown; createdDate: string }>(
  items: T[],
  req: SimRequest,
  key: string,
  now: Date,
): SimResponse {
  const isAnswered = req.query.get("isAnswered");
  const take = Number(req.query.get("take"));
  const skip = Number(req.query.get("skip"));
  if (
    isAnswered === null ||
    !req.query.get("take") ||
    req.query.get("skip") === null ||
    !Number.isInteger(take) ||
    !Number.isInteger(skip)
  ) {
    return fqError(400, "isAnswered, take и skip обязательны");
  }
  const answered = isAnswered === "true";
  // Unanswered for 30 days, a review moves to the archive (questions have none).
  const current = key === "feedbacks" ? items.filter((i) => i.answer || !isArchived(i, now)) : items;
  const filtered = current
    .filter((i) => Boolean(i.answer) === answered)
    .sort((a, b) => b.createdDate.localeCompare(a.createdDate));
  return json(200, {
    data: {
      countUnanswered: items.filter((i) => !i.answer).length,
      countArchive: 0,
      [key]: filtered.slice(skip, skip + take),
    },
    error: false,
    errorText: "",
    additionalErrors: null,
  });
}

export function wbFeedbacksModule(own: WbFeedbacksState): SimModule {
  const others = new Map<string, WbFeedbacksState>();
  return {
    prefix: "/wb-feedbacks",
    marketplace: "wildberries",
    errorBody: (status, message) => fqError(status, message),
    rejectBody: (message) => standardized(400, message),
    handle(req: SimRequest, ctx: SimContext) {
      const seller = simWbSeller({ credentials: ctx.credentials, authorization: req.headers.get("authorization") });
      if (!seller) {
        return json(401, {
          title: "unauthorized",
          detail: "token problem; token is malformed",
          status: 401,
          statusText: "Unauthorized",
          origin: "s2s-api-auth-feedbacks",
          requestId: requestId(),
        });
      }
      const state = sellerShop({ seller, own, others, create: () => ({ feedbacks: [], questions: [] }) });
      if (req.method === "GET" && req.path === "/ping") return json(200, { TS: ctx.now().toISOString(), Status: "OK" });
      if (req.method === "GET" && req.path === "/api/v1/feedbacks")
        return list(state.feedbacks, req, "feedbacks", ctx.now());
      if (req.method === "GET" && req.path === "/api/v1/feedbacks/archive")
        return archive(state.feedbacks, req, ctx.now());
      if (req.method === "GET" && req.path === "/api/v1/questions")
        return list(state.questions, req, "questions", ctx.now());
      if (req.path === "/api/v1/feedbacks/answer" && (req.method === "POST" || req.method === "PATCH")) {
        const body = readJson(req) as { id?: unknown; text?: unknown } | null;
        if (typeof body?.id !== "string" || typeof body.text !== "string")
          return standardized(400, "id and text are required");
        if (body.text.length < 2 || body.text.length > 5000) return standardized(400, "text length must be 2..5000");
        const feedback = state.feedbacks.find((f) => f.id === body.id);
        if (feedback) {
          if (req.method === "PATCH" && feedback.answer && !feedback.answer.editable)
            return standardized(400, "answer can not be edited");
          feedback.answer = { text: body.text, state: "wbRu", editable: req.method === "POST" };
        }
        recordSent(ctx, {
          marketplace: "wildberries",
          kind: "review_answer",
          chatId: body.id,
          text: body.text,
          extra: { method: req.method },
        });
        return empty(204); // WB does not validate the id: unknown ids are 204 too
      }
      if (req.method === "PATCH" && req.path === "/api/v1/questions") {
        const body = readJson(req) as {
          id?: string;
          answer?: { text?: string };
          state?: string;
          wasViewed?: boolean;
        } | null;
        const question = state.questions.find((q) => q.id === body?.id);
        if (!question) return fqError(400, "Вопрос не найден");
        if (body?.wasViewed !== undefined) question.wasViewed = body.wasViewed;
        if (body?.answer?.text) {
          question.answer = { text: body.answer.text, editable: true, createDate: ctx.now().toISOString() };
          question.state = body.state ?? "wbRu";
          recordSent(ctx, {
            marketplace: "wildberries",
            kind: "review_answer",
            chatId: question.id,
            text: body.answer.text,
            extra: { kind: "question" },
          });
        }
        // Spec: `data` is a nullable object; WB is not bound to the example's null.
        return json(200, { data: {}, error: false, errorText: "", additionalErrors: null });
      }
      return fqError(404, `no route ${req.method} ${req.path}`);
    },
  };
}
