// POST /api/signup - create a user and their workspace
import { NextResponse } from "next/server";
import { SMALL_BODY_MAX_BYTES } from "@/lib/http/read-limited-body";
import { parseJson, withRoute } from "@/lib/http/route";
import { signUp, signUpSchema } from "@/lib/workspace/sign-up";

export const POST = withRoute(async ({ req }) => {
  const input = await parseJson(req, signUpSchema, { maxBytes: SMALL_BODY_MAX_BYTES });
  const { workspaceId } = await signUp(input);
  return NextResponse.json({ workspaceId }, { status: 201 });
});
