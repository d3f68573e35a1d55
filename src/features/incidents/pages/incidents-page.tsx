import { PageHeader } from '@/shared/ui/page-header';

/** Placeholder of the route until its view lands. */
export function Component() {
  return <PageHeader title="Incidents" />;
}
