import type { APIRoute } from 'astro';
import { datasetUrl, getDatasets, paperUrl } from '../../lib/atlas';

/** Every dataset with a claimed result: the papers that claim one and their claims, as data. */
export const GET: APIRoute = async () => {
  const datasets = (await getDatasets()).map((dataset) => ({
    id: dataset.slug,
    label: dataset.label,
    url: datasetUrl(dataset.slug),
    papers: dataset.papers,
    results: dataset.groups.flatMap((group) =>
      group.rows.map(({ paper, method, claim }) => ({
        paper: paper.slug,
        paperUrl: paperUrl(paper.slug),
        method,
        ...claim,
      })),
    ),
  }));
  return new Response(JSON.stringify(datasets, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
