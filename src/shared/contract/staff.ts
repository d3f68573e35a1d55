import * as z from 'zod/mini';
import { idOf } from './common';
import { roleSchema } from './roles';

export const staffSchema = z.object({
  id: idOf('stf'),
  name: z.string(),
  email: z.string(),
  roles: z.array(roleSchema),
});
export type Staff = z.infer<typeof staffSchema>;

export const staffListSchema = z.object({ items: z.array(staffSchema) });
