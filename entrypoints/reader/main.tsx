import { render } from 'preact';
import '../../components/theme.css';
import '../../components/popup/popup.css';
import '../../components/popup/glance.css';
import '../../components/hover-card.css';
import '../../components/timeline/timeline.css';
import '../../components/reader/reader.css';
import { App } from './App';

render(<App />, document.getElementById('app') as HTMLElement);
