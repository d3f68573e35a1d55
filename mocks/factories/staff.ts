import { staffSchema, type Staff } from '@/shared/contract/staff';
import { defineFactory, factoryId } from './factory';

/**
 * Staff members as `GET /staff` and `GET /session` send them: by default a security analyst.
 * A trait per role gives that role alone (`staffFactory.trait('dpo').build()`); for the demo's
 * own people use `demoStaff` (`db/staff.ts`), which can sign in.
 */
export const staffFactory = defineFactory({
  schema: staffSchema,
  defaults: (sequence): Staff => ({
    id: factoryId('stf', sequence),
    name: `Analyst ${String(sequence)}`,
    email: `analyst${String(sequence)}@digfashions.example`,
    roles: ['security_analyst'],
  }),
}).withTraits({
  support: (staff) => ({ ...staff, roles: ['support'] }),
  legal: (staff) => ({ ...staff, roles: ['legal'] }),
  dpo: (staff) => ({ ...staff, roles: ['privacy_officer'] }),
  /** Support and legal at once (as multi@). */
  supportAndLegal: (staff) => ({ ...staff, roles: ['support', 'legal'] }),
});
