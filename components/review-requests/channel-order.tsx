"use client";

import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import type { Channel } from "@/lib/notify/channel";

const ALL_CHANNELS: Channel[] = ["sms", "whatsapp", "email"];

/** The channels a review request tries, in order: moved up and down, removed, added; and which have keys. */
export function ChannelOrder({
  order,
  configured,
  onChange,
}: {
  order: Channel[];
  configured: Channel[];
  onChange: (order: Channel[]) => void;
}) {
  const { t } = useI18n();
  const tr = t.reviews.settings;
  const move = (index: number, by: -1 | 1) => {
    const next = [...order];
    const [channel] = next.splice(index, 1);
    next.splice(index + by, 0, channel!);
    onChange(next);
  };
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold">{tr.channels}</legend>
      <p className="text-xs text-slate-500">{tr.channelsHint}</p>
      <ol className="space-y-1">
        {order.map((channel, index) => (
          <li key={channel} className="flex items-center gap-2 text-sm">
            <span className="w-6 text-slate-500">{index + 1}.</span>
            <span className="w-24 font-medium">{t.reviews.channel[channel]}</span>
            <Button
              type="button"
              variant="ghost"
              className="px-2 py-0.5 text-xs"
              disabled={index === 0}
              onClick={() => move(index, -1)}
            >
              ↑ {tr.up}
            </Button>
            <Button
              type="button"
              variant="ghost"
              className="px-2 py-0.5 text-xs"
              disabled={index === order.length - 1}
              onClick={() => move(index, 1)}
            >
              ↓ {tr.down}
            </Button>
            {order.length > 1 ? (
              <button
                type="button"
                className="text-xs text-red-600 hover:underline"
                onClick={() => onChange(order.filter((c) => c !== channel))}
              >
                ×
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {ALL_CHANNELS.filter((channel) => !order.includes(channel)).map((channel) => (
        <Button
          key={channel}
          type="button"
          variant="secondary"
          className="mr-2 px-2 py-1 text-xs"
          onClick={() => onChange([...order, channel])}
        >
          + {t.reviews.channel[channel]}
        </Button>
      ))}
      <p className="text-xs" data-testid="configured-channels">
        {configured.length > 0 ? (
          <span className="text-green-700">
            {tr.configured}: {configured.map((c) => t.reviews.channel[c]).join(", ")}
          </span>
        ) : (
          <span className="text-amber-700">{tr.noneConfigured}</span>
        )}
      </p>
    </fieldset>
  );
}
