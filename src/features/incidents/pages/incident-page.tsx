import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { incidentQueries } from '@/shared/resources/incidents/queries';
import { PageHeader } from '@/shared/ui/page-header';
import { IncidentFacts } from '../facts/incident-facts';
import { IncidentNotices } from '../notices/incident-notices';
import { RegulatorSection } from '../regulator/regulator-section';

/** Placeholder of the workspace until its view lands: the sections are placed by their owners. */
export function Component() {
  const { id = '' } = useParams();
  const incident = useQuery(incidentQueries.detail(id));
  return (
    <>
      <PageHeader title={incident.data?.title ?? 'Incident'} />
      {incident.data && (
        <>
          <IncidentFacts incident={incident.data} />
          <RegulatorSection incident={incident.data} />
          <IncidentNotices incident={incident.data} />
        </>
      )}
    </>
  );
}
