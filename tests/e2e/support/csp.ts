/** Content-Security-Policy checks for the e2e specs: every violation a page (or its workers) reports, and the policy it carries. */
import type { Page } from '@playwright/test';

/** What a `securitypolicyviolation` event, a CSP console error or a refused `eval` says, with the page it came from. */
export interface CspReport {
  page: string;
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    __cspViolations?: Omit<CspReport, 'page'>[];
  }
}

/** Chromium's console wording when a policy refuses something (documents and workers alike). */
const CSP_MESSAGE = /Content Security Policy|Refused to (?:load|execute|apply|evaluate|create|connect|frame|compile|instantiate)/i;

/**
 * Watches a page for CSP violations from before its first script runs, on every document it opens: listens for
 * `securitypolicyviolation` (collected in `window.__cspViolations`, read back by `reports()`), and for console
 * errors and uncaught errors (an `EvalError` from a refused `eval`) that name the policy, from the page and
 * its workers. Call before the first navigation; call `reports()` before each navigation and at the end.
 */
export async function watchCsp(page: Page): Promise<{ reports: () => Promise<CspReport[]> }> {
  const found: CspReport[] = [];
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        window.__cspViolations?.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
      },
      true,
    );
  });
  const fromConsole = (where: string, text: string) => {
    if (CSP_MESSAGE.test(text)) found.push({ page: where, directive: 'console', blocked: '', sample: text });
  };
  page.on('console', (msg) => {
    if (msg.type() === 'error') fromConsole(page.url(), msg.text());
  });
  page.on('pageerror', (error) => fromConsole(page.url(), `${error.name}: ${error.message}`));
  page.on('worker', (worker) => {
    worker.on('console', (msg) => {
      if (msg.type() === 'error') fromConsole(`worker ${worker.url()}`, msg.text());
    });
  });
  return {
    async reports() {
      if (!page.isClosed() && page.url().startsWith('http')) {
        const events = await page.evaluate(() => window.__cspViolations?.splice(0) ?? []);
        for (const e of events) found.push({ page: page.url(), ...e });
      }
      return found.splice(0);
    },
  };
}

/** The policy a page declares in its `<meta http-equiv="content-security-policy">`, as directive name → sources. */
export async function pagePolicy(page: Page): Promise<Map<string, string[]>> {
  const contents = await page.locator('meta[http-equiv="content-security-policy" i]').evaluateAll((metas) => metas.map((m) => m.getAttribute('content') ?? ''));
  const policy = new Map<string, string[]>();
  for (const part of contents.join(';').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}
