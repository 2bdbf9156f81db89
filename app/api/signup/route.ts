// POST /api/signup - create a user and their workspace
import { NextResponse } from "next/server";
import { parseJson, withRoute } from "@/lib/http/route";
import { signUp, signUpSchema } from "@/lib/workspace/sign-up";

export const POST = withRoute(async ({ req }) => {
  const input = await parseJson(req, signUpSchema);
  const { workspaceId } = await signUp(input);
  return NextResponse.json({ workspaceId }, { status: 201 });
});
