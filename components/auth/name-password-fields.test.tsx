import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { setApiErrors } from "@/components/api/form-errors";
import { ApiError } from "@/components/api/client";
import { NamePasswordFields } from "@/components/auth/name-password-fields";
import { useI18n } from "@/components/providers";
import { byLabel, errorOf, render, submit, type } from "@/components/test/render";
import { acceptInviteSchema, type AcceptInvite } from "@/lib/account/form-schemas";
import { ru } from "@/lib/i18n/dictionaries";

// The group as sign-up and the invitation hold it: registered on a form validated by the route's schema,
// a refusal from the route put on the form the way both forms do.
function Harness({ passwordHint, refusal }: { passwordHint?: string; refusal?: ApiError }) {
  const { t, locale } = useI18n();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<AcceptInvite>({ resolver: zodResolver(acceptInviteSchema), defaultValues: { token: "t".repeat(20) } });
  return (
    <form
      noValidate
      onSubmit={(e) => void handleSubmit(() => refusal && setApiErrors(refusal, setError, { t, locale }))(e)}
    >
      <NamePasswordFields
        name={register("name")}
        password={register("password")}
        errors={errors}
        passwordHint={passwordHint}
      >
        <p data-testid="between">between</p>
      </NamePasswordFields>
    </form>
  );
}

describe("NamePasswordFields", () => {
  it("asks for the name, then the caller's fields, then the password under the password rule", async () => {
    const root = await render(<Harness />);
    const order = [...root.querySelectorAll("input, [data-testid=between]")].map((el) => el.id || el.textContent);
    expect(order).toEqual(["name", "between", "password"]);
    const password = byLabel(root, ru.signIn.password);
    expect(password.type).toBe("password");
    expect(errorOf(password)).toBe(ru.signUp.passwordHint);
  });

  it("blocks a short password with the password rule, under the invitation's own hint", async () => {
    const root = await render(<Harness passwordHint={ru.invite.existingHint} />);
    const password = byLabel(root, ru.signIn.password);
    await type(byLabel(root, ru.signUp.name), "Анна");
    await type(password, "short");
    await submit(root.querySelector("form")!);
    expect(errorOf(password)).toBe(`${ru.invite.existingHint} ${ru.signUp.passwordHint}`);
    expect(password.getAttribute("aria-invalid")).toBe("true");
  });

  it("shows the route's refusal of the name on the name field, keeping what was typed", async () => {
    const refusal = new ApiError(400, "bad_request", [{ path: "name", code: "too_big", message: "refused" }]);
    const root = await render(<Harness refusal={refusal} />);
    const name = byLabel(root, ru.signUp.name);
    await type(name, "Анна");
    await type(byLabel(root, ru.signIn.password), "long enough password");
    await submit(root.querySelector("form")!);
    expect(errorOf(name)).toBe(ru.errors.tooLong);
    expect(name.value).toBe("Анна");
  });
});
