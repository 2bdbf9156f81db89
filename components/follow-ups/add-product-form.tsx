"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch, type FieldError } from "react-hook-form";
import type { z } from "zod";
import { api } from "@/components/api/client";
import { fieldErrorText, setApiErrors } from "@/components/api/form-errors";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import { productSettingInputSchema, type ProductSettingInput } from "@/lib/follow-ups/product-settings";
import { MARKETPLACES } from "@/lib/marketplaces/marketplace";
import { findDescriptor } from "@/lib/marketplaces/registry";

const INPUT = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm disabled:bg-slate-50";
type Values = z.input<typeof productSettingInputSchema>;
const EMPTY: Values = {
  marketplace: MARKETPLACES[0],
  productId: "",
  title: "",
  relatedProducts: [],
  consumable: false,
  refillDays: null,
};
// The related products are typed as one comma-separated line; the form holds them as the route's list.
const listOf = (text: unknown) =>
  Array.isArray(text)
    ? text
    : String(text ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
const daysOf = (text: unknown) => (text === "" || text === null || text === undefined ? null : Number(text));

/** Adds (or replaces) one product's settings: its related products, or its refill period as a consumable. */
export function AddProductForm({ onSaved }: { onSaved: () => void }) {
  const { t, locale } = useI18n();
  const ts = t.followUps.settings;
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, ProductSettingInput>({
    resolver: zodResolver(productSettingInputSchema),
    defaultValues: EMPTY,
  });
  const consumable = useWatch({ control, name: "consumable" });

  async function save(input: ProductSettingInput) {
    try {
      await api("/api/product-settings", { method: "POST", body: input });
    } catch (error) {
      return setApiErrors(error, setError, { t, locale, fields: { refillDays: ts.refillDaysInvalid } });
    }
    reset(EMPTY);
    onSaved();
  }

  const problems = [
    fieldErrorText(errors.productId, { t }),
    fieldErrorText(errors.title, { t }),
    fieldErrorText(errors.relatedProducts?.[0] ?? (errors.relatedProducts as FieldError | undefined), { t }),
    fieldErrorText(errors.refillDays, { t, own: ts.refillDaysInvalid }),
  ];
  const invalid = (i: number) => (problems[i] ? true : undefined);
  return (
    <form className="flex flex-wrap items-end gap-2" noValidate onSubmit={(e) => void handleSubmit(save)(e)}>
      <label className="text-xs text-slate-700">
        {ts.marketplace}
        <select className={`${INPUT} mt-1 block`} {...register("marketplace")}>
          {MARKETPLACES.map((m) => (
            <option key={m} value={m}>
              {findDescriptor({ value: m })?.labels[locale] ?? m}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs text-slate-700">
        {ts.productId}
        <input required aria-invalid={invalid(0)} className={`${INPUT} mt-1 block w-32`} {...register("productId")} />
      </label>
      <label className="text-xs text-slate-700">
        {ts.productTitle}
        <input aria-invalid={invalid(1)} className={`${INPUT} mt-1 block w-44`} {...register("title")} />
      </label>
      <label className="text-xs text-slate-700">
        {ts.related}
        <input
          aria-invalid={invalid(2)}
          className={`${INPUT} mt-1 block w-56`}
          {...register("relatedProducts", { setValueAs: listOf })}
        />
      </label>
      <label className="flex items-center gap-1.5 pb-2 text-sm">
        <input type="checkbox" {...register("consumable")} />
        {ts.consumable}
      </label>
      <label className="text-xs text-slate-700">
        {ts.refillDays}
        {/* Off unless consumable: react-hook-form then leaves the days out, and the schema makes them null. */}
        <input
          type="number"
          min={1}
          max={365}
          aria-invalid={invalid(3)}
          className={`${INPUT} mt-1 block w-24`}
          {...register("refillDays", { setValueAs: daysOf, disabled: !consumable })}
        />
      </label>
      <Button type="submit" disabled={isSubmitting}>
        {ts.addProduct}
      </Button>
      {problems.some(Boolean) || errors.root ? (
        <span role="alert" className="text-sm text-red-700">
          {errors.root?.message ?? problems.filter(Boolean).join("; ")}
        </span>
      ) : null}
    </form>
  );
}
