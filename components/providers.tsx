"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createContext, useContext, useState, type ReactNode } from "react";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";

const I18nContext = createContext<{ locale: Locale; t: Dictionary } | null>(null);

export function useI18n() {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside <Providers>");
  return value;
}

export function Providers({ locale, dictionary, children }: { locale: Locale; dictionary: Dictionary; children: ReactNode }) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 5_000, refetchOnWindowFocus: true, retry: 1 } } }),
  );
  return (
    <QueryClientProvider client={client}>
      <I18nContext.Provider value={{ locale, t: dictionary }}>{children}</I18nContext.Provider>
    </QueryClientProvider>
  );
}
