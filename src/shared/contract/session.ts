import * as z from 'zod/mini';
import { staffSchema } from './staff';

export const sessionSchema = z.object({ staff: staffSchema, csrfToken: z.string().check(z.minLength(1)) });
export type Session = z.infer<typeof sessionSchema>;

export const signInRequestSchema = z.object({
  email: z.string().check(z.trim(), z.minLength(1, 'Enter your work email')),
  password: z.string().check(z.minLength(1, 'Enter your password')),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;
