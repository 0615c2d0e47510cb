import { z } from "zod";
import { emailSchema } from "@/lib/core/auth/normalize-email";

export const signUpSchema = z.object({
  email: emailSchema,
  name: z
    .string()
    .trim()
    .max(80)
    .optional()
    .transform((v) => (v ? v : undefined)),
  password: z.string(),
});
export type SignUpInput = z.infer<typeof signUpSchema>;
