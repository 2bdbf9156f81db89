import type { Channel } from "@/lib/notify/channel";
import type { ReviewChannel } from "@/lib/generated/prisma/enums";

// lib/notify speaks "sms"; the database enum is SMS.
export function toDbChannel(channel: Channel): ReviewChannel {
  return channel.toUpperCase() as ReviewChannel;
}

export function fromDbChannel(channel: ReviewChannel): Channel {
  return channel.toLowerCase() as Channel;
}
