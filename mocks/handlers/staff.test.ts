import { describe, expect, it } from 'vitest';
import { staffListSchema } from '@/shared/contract/staff';
import { callApi } from '@mocks/scenarios/call-api';
import { signedInAs } from '@mocks/scenarios/session';

describe('GET /staff', () => {
  it('needs a session', async () => {
    expect((await callApi('/staff')).status).toBe(401);
  });

  it('lists every demo person for any signed-in role', async () => {
    await signedInAs('support');
    const reply = await callApi('/staff');
    expect(reply.status).toBe(200);
    const { items } = staffListSchema.parse(reply.body);
    expect(items.map((staff) => staff.email).sort()).toEqual([
      'analyst2@digfashions.example',
      'analyst@digfashions.example',
      'dpo@digfashions.example',
      'legal2@digfashions.example',
      'legal@digfashions.example',
      'multi@digfashions.example',
      'support@digfashions.example',
    ]);
    expect(new Set(items.map((staff) => staff.id)).size).toBe(items.length);
  });

  it('lists people by name, as pickers show them', async () => {
    await signedInAs('analyst');
    const { items } = staffListSchema.parse((await callApi('/staff')).body);
    expect(items.map((staff) => staff.name)).toEqual([
      'Alex Morgan',
      'Daniel Okafor',
      'Jing Chen',
      'Jonas Weber',
      'Maya Lindqvist',
      'Priya Raman',
      'Sofia Marques',
    ]);
  });

  it('filters by role, counting people who hold several roles', async () => {
    await signedInAs('analyst');
    const reply = await callApi('/staff?role=legal');
    const { items } = staffListSchema.parse(reply.body);
    expect(items.map((staff) => staff.email).sort()).toEqual([
      'legal2@digfashions.example',
      'legal@digfashions.example',
      'multi@digfashions.example',
    ]);
  });

  it('answers 400 for an unknown role or filter', async () => {
    await signedInAs('analyst');
    const badRole = await callApi<{ errors: { field: string }[] }>('/staff?role=admin');
    expect(badRole.status).toBe(400);
    expect(badRole.body.errors).toEqual([expect.objectContaining({ field: 'role' })]);
    const badFilter = await callApi<{ errors: { field: string }[] }>('/staff?team=security');
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.errors).toEqual([expect.objectContaining({ field: 'team' })]);
  });
});
