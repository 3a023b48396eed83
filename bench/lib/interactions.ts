/**
 * Interactions on the real data, each in one page opened with `prefers-reduced-motion:
 * reduce` (camera moves jump instead of a 900 ms ease): one warm-up, then `reps` measured
 * repetitions, each pressed from rest (browser.ts `step`: the map settled, the page's frames all
 * presented). A new interaction is a new plan in `plans`.
 */
import type { Browser, Page } from 'playwright-core';
import type { DistrictFeature } from '../../src/domain/schema';
import { centreOf, open, project, step, VIEWPORT, type StepSample, type Viewport } from './browser';
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
  /** Puts the page back between repetitions (unmeasured); the next run settles the map (step). */
  reset?: (page: Page) => Promise<void>;
}

async function backToCity(page: Page): Promise<void> {
  await page.locator('.panel-body .back').click();
  await page.locator('.panel-body[data-view="overview"]').waitFor();
}

/** A coordinate's place on the map, in page CSS px. */
async function onMap(page: Page, at: [number, number]): Promise<{ x: number; y: number }> {
  const box = await page.locator('.map').boundingBox();
  if (!box) throw new Error('.map is not on screen');
  const p = await project(page, at);
  return { x: box.x + p.x, y: box.y + p.y };
}

function plans(inputs: SynthInputs, filterIndustry: string): Plan[] {
  const minhang = inputs.districts.find((d: DistrictFeature) => d.properties.slug === CLICK_DISTRICT);
  const quiet = minhang ? quietPointIn(minhang, inputs.districts, inputs.records) : null;
  const districtView = `.panel-body[data-view="district"][data-district="${CLICK_DISTRICT}"]`;
  const listButton = `button[data-district="${CLICK_DISTRICT}"]`;
  const chip = `button[data-industry="${filterIndustry}"]`;
  let pressed = false;
  return [
    {
      id: 'district-list',
      name: 'District list click → panel, map idle',
      how: `press ${listButton}, the pointer resting on it; UI = ${districtView} present`,
      run: (p) => step(p, { selector: districtView }, { hand: 'resting', point: () => centreOf(p, listButton) }),
      reset: backToCity,
    },
    {
      id: 'district-list-moving',
      name: 'District list click, pointer moved and pressed at once',
      how: `from the back button, move to ${listButton} and press in the same instant (the hover's frame may still be in flight); UI = ${districtView} present`,
      run: (p) => step(p, { selector: districtView }, { hand: 'moving', point: () => centreOf(p, listButton) }),
      reset: backToCity,
    },
    {
      id: 'map-click',
      name: 'Map click in a district → panel, map idle',
      how: `press the map inside ${CLICK_DISTRICT} at ${quiet?.map((x) => x.toFixed(4)).join(', ') ?? '?'} (a point clear of symbols), the pointer resting there (its hover outline drawn); UI = ${districtView} present`,
      run: (p) => {
        if (!quiet) throw new Error(`no district ${CLICK_DISTRICT}`);
        return step(p, { selector: districtView }, { hand: 'resting', point: () => onMap(p, quiet) });
      },
      reset: backToCity,
    },
    {
      id: 'filter',
      name: 'Industry filter change → map idle',
      how: `press ${chip} (on, then off, alternately), the pointer resting on it; UI = its aria-pressed flipped`,
      run: (p) => {
        pressed = !pressed;
        return step(
          p,
          { selector: `${chip}[aria-pressed="${pressed}"]` },
          { hand: 'resting', point: () => centreOf(p, chip) },
        );
      },
    },
    {
      id: 'language',
      name: 'Language switch → header text, map idle',
      how: 'press .lang-switch (zh → en → zh …), the pointer resting on it; UI = the header title text changed',
      run: (p) => step(p, { changedText: '.header h1' }, { hand: 'resting', point: () => centreOf(p, '.lang-switch') }),
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
      // Each run settles the map and waits for the page to be at rest before its press (step).
      for (let r = 0; r <= reps; r++) {
        const s = await plan.run(page);
        if (r > 0) samples.push(s);
        await plan.reset?.(page);
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
