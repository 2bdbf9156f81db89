"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";
import { addParsedMessages, formatMessage, type MessageValues, type ParsedMessages } from "@/lib/i18n/format";

// `fmt` formats a dictionary message (ICU: values, plurals) in the page's language.
const I18nContext = createContext<{
  locale: Locale;
  t: Dictionary;
  fmt: (message: string, values?: MessageValues) => string;
} | null>(null);

export function useI18n() {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside <Providers>");
  return value;
}

/** `messages`: the dictionary's messages parsed on the server (the browser bundle has no ICU parser). */
export function Providers({
  locale,
  dictionary,
  messages,
  children,
}: {
  locale: Locale;
  dictionary: Dictionary;
  messages: ParsedMessages;
  children: ReactNode;
}) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 5_000, refetchOnWindowFocus: true, retry: 1 } } }),
  );
  const i18n = useMemo(() => {
    addParsedMessages(locale, messages);
    return {
      locale,
      t: dictionary,
      fmt: (message: string, values?: MessageValues) => formatMessage(locale, message, values),
    };
  }, [locale, dictionary, messages]);
  return (
    <QueryClientProvider client={client}>
      <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>
    </QueryClientProvider>
  );
}
