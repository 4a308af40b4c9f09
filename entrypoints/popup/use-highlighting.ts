import { useEffect, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, settingsStore } from '../../lib/storage/settings';

const settings = settingsStore(storage);

/**
 * The "Highlight terms" switch: the stored setting, followed while the view is open because the keyboard
 * shortcut or another window may flip it too. A flip here shows at once, then is saved, and reaches the
 * pages' content scripts through the storage event.
 */
export function useHighlighting(): [boolean, (on: boolean) => void] {
  const [highlighting, setHighlighting] = useState(DEFAULT_SETTINGS.highlighting);

  useEffect(() => {
    void settings.get().then((s) => setHighlighting(s.highlighting));
    const unwatch = settings.watch((s) => setHighlighting(s.highlighting));
    return unwatch;
  }, []);

  const toggle = (on: boolean) => {
    setHighlighting(on);
    void settings.update({ highlighting: on });
  };
  return [highlighting, toggle];
}
