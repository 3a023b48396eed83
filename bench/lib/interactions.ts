/**
 * Interactions on the real data, each in one page opened with `prefers-reduced-motion:
 * reduce` (camera moves jump instead of a 900 ms ease): one warm-up, then `reps` measured
 * repetitions, the map settled before each. A new interaction is a new plan in `plans`.
 */
import type { Browser, Page } from 'playwright-core';
import type { DistrictFeature } from '../../src/domain/schema';
import { mapSettled, open, project, step, VIEWPORT, type StepSample, type Viewport } from './browser';
import { quietPointIn } from './geo';
import { message, type Log } from './log';
import type { SynthInputs } from './synth';
import { stepStats, type Interaction, type InteractionId } from './types';

/** The district the clicks open. */
export const CLICK_DISTRICT = 'minhang';

interface Plan {
  id: InteractionId;
  name: string;
  how: string;
  run: (page: Page) => Promise<StepSample>;
  /** Puts the page back between repetitions (unmeasured); the map is settled after it. */
  reset?: (page: Page) => Promise<void>;
}

async function backToCity(page: Page): Promise<void> {
  await page.locator('.panel-body .back').click();
  await page.locator('.panel-body[data-view="overview"]').waitFor();
}

function plans(inputs: SynthInputs, filterIndustry: string): Plan[] {
  const minhang = inputs.districts.find((d: DistrictFeature) => d.properties.slug === CLICK_DISTRICT);
  const quiet = minhang ? quietPointIn(minhang, inputs.districts, inputs.records) : null;
  const districtView = `.panel-body[data-view="district"][data-district="${CLICK_DISTRICT}"]`;
  const chip = `button[data-industry="${filterIndustry}"]`;
  let pressed = false;
  return [
    {
      id: 'district-list',
      name: 'District list click → panel, map idle',
      how: `click button[data-district=${CLICK_DISTRICT}]; UI = ${districtView} present`,
      run: (p) =>
        step(p, { selector: districtView }, () => p.locator(`button[data-district="${CLICK_DISTRICT}"]`).click()),
      reset: backToCity,
    },
    {
      id: 'map-click',
      name: 'Map click in a district → panel, map idle',
      how: `click on the map inside ${CLICK_DISTRICT} at ${quiet?.map((x) => x.toFixed(4)).join(', ') ?? '?'} (a point clear of symbols); UI = ${districtView} present`,
      run: async (p) => {
        if (!quiet) throw new Error(`no district ${CLICK_DISTRICT}`);
        const at = await project(p, quiet);
        return step(p, { selector: districtView }, () => p.locator('.map').click({ position: at }));
      },
      reset: backToCity,
    },
    {
      id: 'filter',
      name: 'Industry filter change → map idle',
      how: `click ${chip} (on, then off, alternately); UI = its aria-pressed flipped`,
      run: (p) => {
        pressed = !pressed;
        return step(p, { selector: `${chip}[aria-pressed="${pressed}"]` }, () => p.locator(chip).click());
      },
    },
    {
      id: 'language',
      name: 'Language switch → header text, map idle',
      how: 'click .lang-switch (zh → en → zh …); UI = the header title text changed',
      run: (p) => step(p, { changedText: '.header h1' }, () => p.locator('.lang-switch').click()),
    },
  ];
}

export async function measureInteractions(
  browser: Browser,
  url: string,
  inputs: SynthInputs,
  filterIndustry: string,
  reps: number,
  log: Log,
  o: { viewport?: Viewport; only?: readonly InteractionId[] } = {},
): Promise<Interaction[]> {
  const out: Interaction[] = [];
  const viewport = o.viewport ?? VIEWPORT;
  log(`interactions at ${viewport.width}×${viewport.height}: 1 warm-up + ${reps} measured each`);
  for (const plan of plans(inputs, filterIndustry).filter((p) => !o.only || o.only.includes(p.id))) {
    const samples: StepSample[] = [];
    const errors: string[] = [];
    let opened: Awaited<ReturnType<typeof open>> | null = null;
    try {
      opened = await open(browser, 'app', url, { reducedMotion: true, viewport });
      const { page } = opened;
      await mapSettled(page);
      for (let r = 0; r <= reps; r++) {
        const s = await plan.run(page);
        if (r > 0) samples.push(s);
        await plan.reset?.(page);
        await mapSettled(page);
      }
    } catch (e) {
      errors.push(message(e));
    } finally {
      await opened?.context.close();
    }
    const it: Interaction = { id: plan.id, name: plan.name, how: plan.how, samples, stats: stepStats(samples), errors };
    out.push(it);
    log(
      `  ${plan.name}: panel/UI painted ${it.stats.uiPainted.median?.toFixed(0) ?? '–'} ms, map idle ${it.stats.idle.median?.toFixed(0) ?? '–'} ms${errors.length ? ` (${errors.join('; ')})` : ''}`,
    );
  }
  return out;
}
