/** Every figure of test/plots/ rendered and compared with its snapshot in test/output/. */
import { describe, it } from 'vitest';
import * as chartImages from '../plots/chart-images.ts';
import * as factBars from '../plots/fact-bars.ts';
import * as factorCharts from '../plots/factor-charts.ts';
import * as mapImages from '../plots/map-images.ts';
import * as instrumentCharts from '../plots/instrument-charts.ts';
import * as valueChains from '../plots/value-chains.ts';
import { expectSvgSnapshot } from '../helpers/svg-snapshot.ts';

const suites: Record<string, Record<string, () => string>> = {
  'chart-images': chartImages,
  'fact-bars': factBars,
  'factor-charts': factorCharts,
  'map-images': { zoomedFiltered: mapImages.zoomedFiltered, staticWorld: mapImages.staticWorld },
  'instrument-charts': instrumentCharts,
  'value-chains': valueChains,
};

for (const [suite, figures] of Object.entries(suites))
  describe(suite, () => {
    for (const [name, figure] of Object.entries(figures)) it(name, () => expectSvgSnapshot(`${suite}-${name}`, figure()));
  });
