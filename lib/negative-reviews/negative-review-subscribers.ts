import { defineSubscriber } from "@/lib/events/bus";
import { detectNegativeReviews } from "@/lib/negative-reviews/detect-negative-reviews";
import { trackNegativeReviewChats } from "@/lib/negative-reviews/track-negative-review-chats";

/** What negative-review cases do when the message store announces a change (lib/events/domain-events.ts). */
export const NEGATIVE_REVIEW_SUBSCRIBERS = [
  // Cases follow their chats (link, first replies, deadline): reads what was committed.
  defineSubscriber({
    id: "negative-reviews.track-stored",
    event: "inbox/messages.stored",
    phase: "after-commit",
    retry: "in-process",
    safetyNet: "negative-reviews-sweep",
    handle: ({ chatIds, newMessages, newChats }) =>
      newMessages || newChats ? trackNegativeReviewChats({ chatIds }) : Promise.resolve(),
  }),
  defineSubscriber({
    id: "negative-reviews.track-reply",
    event: "inbox/reply.sent",
    phase: "after-commit",
    retry: "in-process",
    safetyNet: "negative-reviews-sweep",
    handle: ({ chatId }) => trackNegativeReviewChats({ chatIds: [chatId] }),
  }),
  // Low-rated reviews open cases; a buyer's new rating becomes the case's final one.
  defineSubscriber({
    id: "negative-reviews.detect",
    event: "reviews/reviews.stored",
    phase: "after-commit",
    retry: "in-process",
    safetyNet: "sync-reviews (it reads unanswered reviews again)",
    handle: ({ account, reviews }) => detectNegativeReviews({ account, reviews }),
  }),
];
