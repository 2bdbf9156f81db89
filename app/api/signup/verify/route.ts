// POST /api/signup/verify - confirm the email of a sign-up: creates the user and their workspace
import { NextResponse } from "next/server";
import { parseJson, withPublicForm } from "@/lib/http/route";
import { verifySignup, verifySignupSchema } from "@/lib/workspace/verify-signup";

export const POST = withPublicForm(async ({ req }) => {
  const input = await parseJson(req, verifySignupSchema);
  const { email } = await verifySignup({ input });
  return NextResponse.json({ email });
});
