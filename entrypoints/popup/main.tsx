import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import '../../components/popup/popup.css';
import '../../components/popup/glance.css';
import { App } from './App';
import { hasSidePanel, openSidePanel } from './side-panel';

// Looked up now: opening the panel is allowed only while the click is handled, with nothing awaited first.
let windowId: number | undefined;
void browser.windows.getCurrent().then((w) => {
  windowId = w.id;
});

function openPanel(): void {
  if (windowId === undefined) return;
  openSidePanel(windowId).then(
    () => window.close(),
    (error: unknown) => console.warn('[HMO Lens] could not open the side panel:', error),
  );
}

render(
  <App onOpenPanel={hasSidePanel() ? openPanel : undefined} />,
  document.getElementById('app') as HTMLElement,
);
