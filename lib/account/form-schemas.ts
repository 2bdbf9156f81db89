import { z } from "zod";

// The account forms' fields (sign-up, password reset, invitation, password change): each route
// parses its body with one of these and the browser form validates with the same one, so a field the
// route refuses is the field the form marks.

const email = () =>
  z
    .email()
    .max(200)
    .transform((v) => v.toLowerCase());
const newPassword = () => z.string().min(8, "at least 8 characters").max(200);

export const signUpSchema = z.object({
  name: z.string().trim().min(1).max(100),
  email: email(),
  password: newPassword(),
  workspaceName: z.string().trim().min(1).max(100),
});
export type SignUp = z.infer<typeof signUpSchema>;

export const requestPasswordResetSchema = z.object({ email: email() });
export type RequestPasswordReset = z.infer<typeof requestPasswordResetSchema>;

export const resetPasswordSchema = z.object({ token: z.string().min(20).max(200), password: newPassword() });
export type ResetPassword = z.infer<typeof resetPasswordSchema>;

export const acceptInviteSchema = z.object({
  token: z.string().min(10).max(200),
  name: z.string().trim().min(1).max(100).optional(),
  password: newPassword(),
});
export type AcceptInvite = z.infer<typeof acceptInviteSchema>;

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: newPassword(),
});
export type ChangePassword = z.infer<typeof changePasswordSchema>;
