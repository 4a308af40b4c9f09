import { render } from 'preact';
import '../../components/theme.css';
import '../../components/popup/popup.css';
import '../../components/popup/glance.css';
import '../../components/timeline/timeline.css';
import '../../components/popup/panel.css';
import { App } from '../popup/App';
import { followTab } from './follow-tab';
import { keepPanelPort } from './panel-port';

const target = followTab(location.search);
keepPanelPort();
render(<App target={target} showTimeline />, document.getElementById('app') as HTMLElement);
