/**
 * The drafts the measurements import, taken from the test fixtures (TypeScript, loaded through Vite's module runner as
 * scripts/measure-pdf.mjs does) so that the keystroke case is the one the calculate benchmark and
 * tests/e2e/calculator-measure.spec.ts use, and the PDF case is one the PDF tests use.
 */
import { fileURLToPath } from 'node:url';
import { createServer, createServerModuleRunner } from 'vite';
import { wholeRoundData } from '../whole-round-data.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** `{ big, pdf }`: 500 activities of every kind (bigDraftInput) and a 5-year case with 10 titled activities (fiveYearDraft). */
export async function loadDrafts() {
  const server = await createServer({ root, configFile: false, plugins: [wholeRoundData], logLevel: 'error', server: { middlewareMode: true, ws: false }, appType: 'custom' });
  const runner = createServerModuleRunner(server.environments.ssr);
  try {
    const { bigDraftInput } = await runner.import('/tests/fixtures/big-draft.ts');
    const { fiveYearDraft } = await runner.import('/tests/unit/pdf/fixtures.ts');
    // The PDF case as a person would have it: name and employer typed, not printed (the boxes are left unticked).
    return { big: bigDraftInput(), pdf: JSON.parse(JSON.stringify(fiveYearDraft(10))) };
  } finally {
    await runner.close();
    await server.close();
  }
}
