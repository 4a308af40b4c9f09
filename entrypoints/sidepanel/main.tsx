import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import '../../components/popup/popup.css';
import '../../components/popup/glance.css';
import '../../components/timeline/timeline.css';
import '../../components/popup/panel.css';
import { App } from '../popup/App';
import { followTab } from './follow-tab';
import { keepPanelPort } from './panel-port';

const target = followTab(location.search);
const ask = keepPanelPort();
// Back to the popup: the toolbar button opens it again, and this panel closes (unless it is the panel page
// shown in a tab, which the recruiter or a test opened on purpose).
const backToPopup = ask
  ? () => {
      ask({ type: 'use-popup' });
      void browser.tabs.getCurrent().then((tab) => tab ?? window.close());
    }
  : undefined;
render(
  <App target={target} showTimeline onUsePopup={backToPopup} />,
  document.getElementById('app') as HTMLElement,
);
