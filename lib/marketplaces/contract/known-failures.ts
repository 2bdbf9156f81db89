// Cases the connector contract tests fail today, each with the bug it shows. They run as `it.fails`, so the
// suite stays green and turns red the moment the bug is fixed: then delete the entry (and, once a label has
// no entries left, the label). Key: "<marketplace>|<operation>|<static | seed N>|<answers | requests>".
// Seeds are deterministic, but the answer for a call depends on how many calls came before it in the same
// operation: a fix that changes the calls an operation makes may turn a neighbouring seed too.

/** Issue 14 #2: a record missing a field the spec leaves optional (chatID, replySign, goodCard.date as free text, nmID, feedback id, productDetails...) fails the whole page. */
const WB_RECORDS = "WB: zod stricter than the spec per record; one odd record fails the page (issue 14 #2)";
/** Issue 14 #2: the spec leaves `result` / `data` / `totalEvents` optional; a page without them fails instead of reading as empty, and the events cursor never advances. */
const WB_ENVELOPE = "WB: answer envelope (result, data, totalEvents) optional in the spec, required by the connector (issue 14 #2)";
/** Issue 14 #5: PATCH /api/v1/questions answers `data` as an object (nullable object in the spec); only null is accepted, so an accepted answer is reported as failed. */
const WB_QUESTION_DATA_OBJECT = "WB: question answer with `data` object reported as failed (issue 14 #5)";
/** Same rule for every connector (issue 14 #2): YM's ApiResponse leaves `result` optional. */
const YM_ENVELOPE = "YM: `result` optional in the spec (ApiResponse allOf), required by the connector";
/** The spec's example answer repeats one nextPageToken; the connector follows it until MAX_PAGES (200 chats pages x 200 history pages). */
const YM_REPEATED_PAGE_TOKEN = "YM: a repeated nextPageToken is followed again and again (no guard, unlike Ozon's cursor check)";
/** ozon-openapi.ts: user.id is a plain string; the connector's idSchema needs at least one character and fails the page. */
const OZON_EMPTY_USER_ID = "Ozon: an empty user.id fails the whole history page";
/** avito-auth.json: expires_in is optional (RFC 6749: RECOMMENDED) and any number; the connector requires a positive one, so no token and no Avito call at all. */
const AVITO_TOKEN_EXPIRY = "Avito: token answer without a positive expires_in is refused";
/** avito-messenger.json marks no field required; the connector requires chat id, users[].id, message id/created..., so one odd record fails the page (issue 14 #2 rule). */
const AVITO_NOTHING_REQUIRED = "Avito: records without fields the spec leaves optional fail the page (issue 14 #2 rule)";
/** Amazon HAL: `_links`, `_embedded.actions[]._links` are optional in the model; the connector requires them. */
const AMAZON_HAL_LINKS_OPTIONAL = "Amazon: getMessagingActionsForOrder without _links fails instead of offering nothing";

export const KNOWN_CONNECTOR_FAILURES: Record<string, string> = {
  "wildberries|testConnection|static|answers": WB_RECORDS,
  "wildberries|testConnection|seed 1|answers": WB_RECORDS,
  "wildberries|testConnection|seed 2|answers": WB_RECORDS,
  "wildberries|testConnection|seed 3|answers": WB_RECORDS,
  "wildberries|testConnection|seed 4|answers": WB_RECORDS,
  "wildberries|testConnection|seed 5|answers": WB_RECORDS,
  "wildberries|fetchUpdates (first)|seed 1|answers": WB_ENVELOPE,
  "wildberries|fetchUpdates (first)|seed 2|answers": WB_RECORDS,
  "wildberries|fetchUpdates (first)|seed 3|answers": WB_ENVELOPE,
  "wildberries|fetchUpdates (first)|seed 4|answers": WB_RECORDS,
  "wildberries|fetchUpdates (first)|seed 5|answers": WB_RECORDS,
  "wildberries|fetchUpdates (cursor)|seed 1|answers": WB_ENVELOPE,
  "wildberries|fetchUpdates (cursor)|seed 2|answers": WB_RECORDS,
  "wildberries|fetchUpdates (cursor)|seed 3|answers": WB_ENVELOPE,
  "wildberries|fetchUpdates (cursor)|seed 4|answers": WB_RECORDS,
  "wildberries|fetchUpdates (cursor)|seed 5|answers": WB_RECORDS,
  "wildberries|listChats|static|answers": WB_RECORDS,
  "wildberries|listChats|seed 1|answers": WB_RECORDS,
  "wildberries|listChats|seed 2|answers": WB_RECORDS,
  "wildberries|listChats|seed 3|answers": WB_RECORDS,
  "wildberries|listChats|seed 4|answers": WB_RECORDS,
  "wildberries|listChats|seed 5|answers": WB_RECORDS,
  "wildberries|fetchChat|static|answers": WB_RECORDS,
  "wildberries|fetchChat|seed 1|answers": WB_RECORDS,
  "wildberries|fetchChat|seed 2|answers": WB_RECORDS,
  "wildberries|fetchChat|seed 3|answers": WB_RECORDS,
  "wildberries|fetchChat|seed 4|answers": WB_RECORDS,
  "wildberries|fetchChat|seed 5|answers": WB_RECORDS,
  "wildberries|sendMessage (no replySign)|static|answers": WB_RECORDS,
  "wildberries|sendMessage (no replySign)|seed 1|answers": WB_RECORDS,
  "wildberries|sendMessage (no replySign)|seed 2|answers": WB_RECORDS,
  "wildberries|sendMessage (no replySign)|seed 3|answers": WB_RECORDS,
  "wildberries|sendMessage (no replySign)|seed 4|answers": WB_RECORDS,
  "wildberries|sendMessage (no replySign)|seed 5|answers": WB_RECORDS,
  "wildberries|listReviews (reviews, unanswered)|seed 1|answers": WB_ENVELOPE,
  "wildberries|listReviews (reviews, unanswered)|seed 2|answers": WB_RECORDS,
  "wildberries|listReviews (reviews, unanswered)|seed 3|answers": WB_ENVELOPE,
  "wildberries|listReviews (reviews, unanswered)|seed 4|answers": WB_RECORDS,
  "wildberries|listReviews (reviews, unanswered)|seed 5|answers": WB_RECORDS,
  "wildberries|listReviews (reviews, answered page)|seed 1|answers": WB_ENVELOPE,
  "wildberries|listReviews (reviews, answered page)|seed 2|answers": WB_RECORDS,
  "wildberries|listReviews (reviews, answered page)|seed 3|answers": WB_ENVELOPE,
  "wildberries|listReviews (reviews, answered page)|seed 4|answers": WB_RECORDS,
  "wildberries|listReviews (reviews, answered page)|seed 5|answers": WB_RECORDS,
  "wildberries|listReviews (questions)|seed 1|answers": WB_RECORDS,
  "wildberries|listReviews (questions)|seed 2|answers": WB_ENVELOPE,
  "wildberries|listReviews (questions)|seed 3|answers": WB_ENVELOPE,
  "wildberries|listReviews (questions)|seed 4|answers": WB_RECORDS,
  "wildberries|listReviews (questions)|seed 5|answers": WB_RECORDS,
  "wildberries|answerReview (question)|seed 2|answers": WB_QUESTION_DATA_OBJECT,
  "wildberries|answerReview (question)|seed 3|answers": WB_QUESTION_DATA_OBJECT,
  "ozon|listMessages|seed 5|answers": OZON_EMPTY_USER_ID,
  "ozon|listMessages (next page)|seed 5|answers": OZON_EMPTY_USER_ID,
  "ozon|fetchMessage|seed 5|answers": OZON_EMPTY_USER_ID,
  "yandex_market|fetchUpdates (first)|static|answers": YM_REPEATED_PAGE_TOKEN,
  "yandex_market|fetchUpdates (first)|seed 1|answers": YM_ENVELOPE,
  "yandex_market|fetchUpdates (first)|seed 2|answers": YM_ENVELOPE,
  "yandex_market|fetchUpdates (first)|seed 3|answers": YM_ENVELOPE,
  "yandex_market|fetchUpdates (first)|seed 4|answers": YM_ENVELOPE,
  "yandex_market|fetchUpdates (first)|seed 5|answers": YM_ENVELOPE,
  "yandex_market|fetchUpdates (cursor)|static|answers": YM_REPEATED_PAGE_TOKEN,
  "yandex_market|fetchUpdates (cursor)|seed 2|answers": YM_ENVELOPE,
  "yandex_market|fetchUpdates (cursor)|seed 3|answers": YM_ENVELOPE,
  "yandex_market|fetchUpdates (cursor)|seed 4|answers": YM_ENVELOPE,
  "yandex_market|fetchUpdates (cursor)|seed 5|answers": YM_ENVELOPE,
  "yandex_market|fetchMessage|seed 3|answers": YM_ENVELOPE,
  "yandex_market|startChat (order)|seed 1|answers": YM_ENVELOPE,
  "yandex_market|startChat (return)|seed 1|answers": YM_ENVELOPE,
  "yandex_market|listReviews (need reaction)|seed 1|answers": YM_ENVELOPE,
  "yandex_market|listReviews (all)|seed 1|answers": YM_ENVELOPE,
  "yandex_market|getReviews|seed 1|answers": YM_ENVELOPE,
  "avito|testConnection|seed 1|answers": AVITO_TOKEN_EXPIRY,
  "avito|testConnection|seed 2|answers": AVITO_NOTHING_REQUIRED,
  "avito|testConnection|seed 5|answers": AVITO_NOTHING_REQUIRED,
  "avito|testConnection (authorization code)|seed 1|answers": AVITO_TOKEN_EXPIRY,
  "avito|testConnection (authorization code)|seed 2|answers": AVITO_NOTHING_REQUIRED,
  "avito|testConnection (authorization code)|seed 5|answers": AVITO_NOTHING_REQUIRED,
  "avito|fetchUpdates (first)|seed 1|answers": AVITO_NOTHING_REQUIRED,
  "avito|fetchUpdates (first)|seed 2|answers": AVITO_NOTHING_REQUIRED,
  "avito|fetchUpdates (first)|seed 3|answers": AVITO_NOTHING_REQUIRED,
  "avito|fetchUpdates (first)|seed 5|answers": AVITO_NOTHING_REQUIRED,
  "avito|fetchUpdates (cursor)|seed 1|answers": AVITO_NOTHING_REQUIRED,
  "avito|fetchUpdates (cursor)|seed 2|answers": AVITO_NOTHING_REQUIRED,
  "avito|fetchUpdates (cursor)|seed 3|answers": AVITO_NOTHING_REQUIRED,
  "avito|fetchUpdates (cursor)|seed 5|answers": AVITO_NOTHING_REQUIRED,
  "avito|fetchUpdates (profile id from the API)|seed 1|answers": AVITO_NOTHING_REQUIRED,
  "avito|fetchUpdates (profile id from the API)|seed 2|answers": AVITO_NOTHING_REQUIRED,
  "avito|fetchUpdates (profile id from the API)|seed 3|answers": AVITO_NOTHING_REQUIRED,
  "avito|fetchUpdates (profile id from the API)|seed 4|answers": AVITO_NOTHING_REQUIRED,
  "avito|fetchUpdates (profile id from the API)|seed 5|answers": AVITO_NOTHING_REQUIRED,
  "avito|listChats|seed 1|answers": AVITO_NOTHING_REQUIRED,
  "avito|listChats|seed 2|answers": AVITO_NOTHING_REQUIRED,
  "avito|listChats|seed 3|answers": AVITO_NOTHING_REQUIRED,
  "avito|listChats|seed 5|answers": AVITO_NOTHING_REQUIRED,
  "avito|listChats (awaiting reply)|seed 1|answers": AVITO_NOTHING_REQUIRED,
  "avito|listChats (awaiting reply)|seed 2|answers": AVITO_NOTHING_REQUIRED,
  "avito|listChats (awaiting reply)|seed 3|answers": AVITO_NOTHING_REQUIRED,
  "avito|listChats (awaiting reply)|seed 5|answers": AVITO_NOTHING_REQUIRED,
  "avito|fetchChat|seed 3|answers": AVITO_NOTHING_REQUIRED,
  "avito|fetchChat|seed 4|answers": AVITO_NOTHING_REQUIRED,
  "avito|fetchChat|seed 5|answers": AVITO_NOTHING_REQUIRED,
  "avito|listMessages|seed 1|answers": AVITO_NOTHING_REQUIRED,
  "avito|listMessages|seed 2|answers": AVITO_NOTHING_REQUIRED,
  "avito|listMessages|seed 3|answers": AVITO_NOTHING_REQUIRED,
  "avito|listMessages|seed 4|answers": AVITO_NOTHING_REQUIRED,
  "avito|listMessages|seed 5|answers": AVITO_NOTHING_REQUIRED,
  "avito|sendMessage (text)|seed 2|answers": AVITO_NOTHING_REQUIRED,
  "avito|sendMessage (text)|seed 5|answers": AVITO_NOTHING_REQUIRED,
  "avito|sendMessage (image)|seed 2|answers": AVITO_NOTHING_REQUIRED,
  "avito|sendMessage (image)|seed 3|answers": AVITO_NOTHING_REQUIRED,
  "avito|sendMessage (image)|seed 5|answers": AVITO_NOTHING_REQUIRED,
  "amazon|listMessageTypes|seed 2|answers": AMAZON_HAL_LINKS_OPTIONAL,
  "amazon|listMessageTypes|seed 3|answers": AMAZON_HAL_LINKS_OPTIONAL,
  "amazon|listMessageTypes|seed 5|answers": AMAZON_HAL_LINKS_OPTIONAL,
  "amazon|sendMessage|seed 2|answers": AMAZON_HAL_LINKS_OPTIONAL,
  "amazon|sendMessage|seed 3|answers": AMAZON_HAL_LINKS_OPTIONAL,
  "amazon|sendMessage|seed 5|answers": AMAZON_HAL_LINKS_OPTIONAL,
  "amazon|sendMessage (chosen type)|seed 2|answers": AMAZON_HAL_LINKS_OPTIONAL,
  "amazon|sendMessage (chosen type)|seed 3|answers": AMAZON_HAL_LINKS_OPTIONAL,
  "amazon|sendMessage (chosen type)|seed 5|answers": AMAZON_HAL_LINKS_OPTIONAL,
  "amazon|startChat|seed 2|answers": AMAZON_HAL_LINKS_OPTIONAL,
  "amazon|startChat|seed 3|answers": AMAZON_HAL_LINKS_OPTIONAL,
  "amazon|startChat|seed 5|answers": AMAZON_HAL_LINKS_OPTIONAL,
};

/** Simulator answers that break the spec, per "<marketplace>|<operationId>" (none found so far). */
export const KNOWN_SIMULATOR_DISAGREEMENTS: Record<string, string> = {};
