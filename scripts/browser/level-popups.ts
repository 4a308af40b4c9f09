import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { SPECIALTY_FIXTURES } from '../../tests/fixtures/specialties';
import type { ExtensionBrowser } from './extension-browser';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A fixture resume of one specialty and level as a plain web page. */
export function specialtyResumePage(name: string): string {
  const fixture = SPECIALTY_FIXTURES.find((f) => f.name === name);
  if (!fixture) throw new Error(`no fixture ${name}`);
  const lines = fixture.text.split('\n').map((l) => (l ? `<p>${escapeHtml(l)}</p>` : ''));
  return `<!doctype html><html lang="en"><title>${name}</title><body>${lines.join('\n')}</body></html>`;
}

export interface ResumeServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `/<fixture name>.html` on 127.0.0.1, as a recruiter's ATS would show a resume. */
export async function serveSpecialtyResumes(): Promise<ResumeServer> {
  const server = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.replace(/^\/|\.html$/g, '');
    try {
      const body = specialtyResumePage(name);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let visits = 0;

/** A fresh tab on the resume (its own URL, so the popup describes this tab) and its popup, scanned. */
export async function scannedPopup(browser: ExtensionBrowser, origin: string, name: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${origin}/${name}.html?visit=${++visits}`);
  const popup = await browser.openPopup(await browser.tabIdOf(page));
  await popup.getByTestId('scan').click();
  await popup.getByTestId('level').waitFor();
  return popup;
}
