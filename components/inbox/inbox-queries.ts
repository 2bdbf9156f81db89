import type { ApiResult, Jsonified } from "@/components/api/types";
import { api } from "@/components/api/client";
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type {
  ChatDetail,
  ChatListPage,
  MemberList,
  MessagePage,
  NeedsReplyCounts,
  NoteList,
  SnippetList,
} from "@/components/inbox/types";
import type { getLatestDraft } from "@/lib/inbox/get-latest-draft";
import type { getChatNegativeReview } from "@/lib/negative-reviews/get-chat-negative-review";
import type { listNotifications } from "@/lib/notifications/list-notifications";

// Every TanStack Query key of the app, in one place. The whole app shares one QueryClient, so two
// components that cache different shapes under one key break each other (one reads `.snippets`,
// the other an array). Rule: each data key starts with a segment of its own, and a key is only ever
// filled by its one fetcher below (or by code that writes the same type). inbox-queries.test.ts checks
// both: no shared first segment, and no `queryKey: [` literal anywhere else in the components.

// kind, from, to, operator: the chats behind a report's bar (operator "" is "nobody", so it is sent even when empty).
export type ChatListFilter = {
  marketplace?: string;
  view?: string;
  sort?: string;
  q?: string;
  label?: string;
  kind?: string;
  from?: string;
  to?: string;
  operator?: string;
};
export type LatestDraft = ApiResult<typeof getLatestDraft>;
export type ChatCase = ApiResult<typeof getChatNegativeReview>;
export type NotificationList = ApiResult<typeof listNotifications>;

export const queryKeys = {
  // The inbox.
  chatList: (filter: ChatListFilter) => ["chats", filter] as const,
  chatCounts: () => ["chat-counts"] as const,
  chat: (chatId: string) => ["chat", chatId] as const,
  messages: (chatId: string) => ["messages", chatId] as const,
  notes: (chatId: string) => ["notes", chatId] as const,
  draft: (chatId: string) => ["draft", chatId] as const,
  snippets: () => ["snippets"] as const,
  members: () => ["members"] as const,
  negativeCase: (chatId: string) => ["negative-case", chatId] as const,
  notifications: () => ["notifications"] as const,
  // Team operations: labels, the buyer panel, bulk jobs, assignment.
  labels: () => ["labels"] as const,
  chatLabels: (chatId: string) => ["chat-labels", chatId] as const,
  buyer: (chatId: string) => ["buyer", chatId] as const,
  chatsMatching: (filter: ChatListFilter) => ["chats-matching", filter] as const,
  bulkJob: (jobId: string | null) => ["bulk-job", jobId] as const,
  assignment: () => ["assignment"] as const,
  shopFacts: () => ["shop-facts"] as const,
  // Scheduled messages and follow-ups.
  chatScheduled: (chatId: string) => ["scheduled-chat", chatId] as const,
  chatScheduleOptions: (chatId: string) => ["scheduled-options", chatId] as const,
  scheduledAll: (status: string) => ["scheduled-all", status] as const,
  productSettings: () => ["product-settings"] as const,
  followUpRules: () => ["follow-up-rules"] as const,
  // Reports and settings.
  negativeReport: (days: number) => ["negative-report", days] as const,
  negativeSettings: () => ["negative-settings"] as const,
  teamReport: (query: string) => ["team-report", query] as const,
  businessHours: () => ["business-hours"] as const,
  reviewRequests: (filters: Record<string, string>) => ["review-requests", filters] as const,
  reviewSettings: () => ["review-settings"] as const,
  reviewIntegrations: () => ["review-integrations"] as const,
  reviewIntegrationEvents: (integrationId: string) => ["review-integration-events", integrationId] as const,
  reviewOptOuts: () => ["review-opt-outs"] as const,
  accounts: () => ["accounts"] as const,
  accountQuarantine: (accountId: string) => ["account-quarantine", accountId] as const,
};

/** Prefixes for invalidating every key of one kind (each is the first segment of exactly one data key). */
export const queryFamilies = {
  chatLists: ["chats"] as const,
  chats: ["chat"] as const,
  chatLabels: ["chat-labels"] as const,
  buyers: ["buyer"] as const,
  chatsMatching: ["chats-matching"] as const,
  negativeReports: ["negative-report"] as const,
  teamReports: ["team-report"] as const,
  negativeCases: ["negative-case"] as const,
  reviewRequests: ["review-requests"] as const,
  scheduled: ["scheduled-chat", "scheduled-options", "scheduled-all"] as const,
};

/** The inbox's queries: key, fetcher and response type together, so a key cannot hold another shape. */
export const inboxQueries = {
  chatList: (filter: ChatListFilter) =>
    infiniteQueryOptions({
      queryKey: queryKeys.chatList(filter),
      initialPageParam: "",
      queryFn: ({ pageParam, signal }) => {
        const qs = new URLSearchParams();
        for (const [k, v] of Object.entries({ ...filter, cursor: pageParam }))
          if (v || (k === "operator" && v === "")) qs.set(k, v);
        return api<ChatListPage>(`/api/chats?${qs}`, { signal });
      },
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  chatCounts: () =>
    queryOptions({
      queryKey: queryKeys.chatCounts(),
      queryFn: ({ signal }) => api<NeedsReplyCounts>("/api/chats/counts", { signal }),
    }),
  chat: (chatId: string) =>
    queryOptions({
      queryKey: queryKeys.chat(chatId),
      queryFn: ({ signal }) => api<ChatDetail>(`/api/chats/${chatId}`, { signal }),
    }),
  messages: (chatId: string) =>
    queryOptions({
      queryKey: queryKeys.messages(chatId),
      queryFn: ({ signal }) => api<MessagePage>(`/api/chats/${chatId}/messages`, { signal }),
    }),
  notes: (chatId: string) =>
    queryOptions({
      queryKey: queryKeys.notes(chatId),
      queryFn: ({ signal }) => api<NoteList>(`/api/chats/${chatId}/notes`, { signal }),
    }),
  draft: (chatId: string) =>
    queryOptions({
      queryKey: queryKeys.draft(chatId),
      queryFn: ({ signal }) => api<LatestDraft>(`/api/chats/${chatId}/drafts`, { signal }),
    }),
  snippets: () =>
    queryOptions({
      queryKey: queryKeys.snippets(),
      queryFn: ({ signal }) => api<SnippetList>("/api/snippets", { signal }),
    }),
  members: () =>
    queryOptions({
      queryKey: queryKeys.members(),
      queryFn: ({ signal }) => api<MemberList>("/api/members", { signal }),
    }),
  negativeCase: (chatId: string) =>
    queryOptions({
      queryKey: queryKeys.negativeCase(chatId),
      queryFn: ({ signal }) => api<ChatCase>(`/api/chats/${chatId}/negative-review`, { signal }),
    }),
  notifications: () =>
    queryOptions({
      queryKey: queryKeys.notifications(),
      queryFn: ({ signal }) => api<NotificationList>("/api/notifications", { signal }),
    }),
};
