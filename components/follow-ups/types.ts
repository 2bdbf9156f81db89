// Shapes of the follow-up API responses as the browser receives them (dates as ISO strings).
import type { ApiResult } from "@/components/api/types";
import type { draftFollowUp } from "@/lib/follow-ups/draft-follow-up";
import type { getFollowUpRules } from "@/lib/follow-ups/get-follow-up-rules";
import type { getProactiveOptions } from "@/lib/follow-ups/get-proactive-options";
import type { listChatScheduledMessages } from "@/lib/follow-ups/list-chat-scheduled-messages";
import type { listProductSettings } from "@/lib/follow-ups/list-product-settings";
import type { listScheduledMessages } from "@/lib/follow-ups/list-scheduled-messages";

export type ChatScheduledList = ApiResult<typeof listChatScheduledMessages>;
export type ScheduledItem = ChatScheduledList["messages"][number];
export type ScheduledList = ApiResult<typeof listScheduledMessages>;
export type ScheduledWithChat = ScheduledList["messages"][number];
export type ProactiveOptions = ApiResult<typeof getProactiveOptions>;
export type FollowUpDraft = ApiResult<typeof draftFollowUp>;
export type FollowUpRule = ApiResult<typeof getFollowUpRules>[number];
export type ProductSettingList = ApiResult<typeof listProductSettings>;
export type ProductSettingRow = ProductSettingList["products"][number];
