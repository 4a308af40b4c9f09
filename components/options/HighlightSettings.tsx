import { CATEGORIES, CATEGORY_LABELS } from '../../lib/glossary/categories';
import { HIGHLIGHT_COLORS, type Settings } from '../../lib/storage/settings';
import { Card } from '../shared/Card';
import { Switch } from '../shared/Switch';

export interface HighlightSettingsProps {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
}

/** The highlight switch, its look, and which categories of terms are highlighted. */
export function HighlightSettings({ settings, onChange }: HighlightSettingsProps) {
  const hidden = new Set(settings.hiddenCategories);
  return (
    <Card id="highlighting-title" title="Highlighting">
      <Switch
        checked={settings.highlighting}
        onChange={(highlighting) => onChange({ highlighting })}
        testId="option-highlighting"
      >
        Highlight terms on pages (Alt+Shift+H)
      </Switch>
      <fieldset class="panel">
        <legend>Style</legend>
        <div class="swatches">
          {HIGHLIGHT_COLORS.map((color) => (
            <label key={color} class={`swatch swatch--${color}`}>
              <input
                type="radio"
                name="color"
                value={color}
                checked={settings.color === color}
                onChange={() => onChange({ color })}
                data-testid={`option-color-${color}`}
              />
              {color[0]?.toUpperCase() + color.slice(1)}
            </label>
          ))}
        </div>
        <Switch
          checked={settings.underlineOnly}
          onChange={(underlineOnly) => onChange({ underlineOnly })}
          testId="option-underline"
        >
          Underline only (no background colour)
        </Switch>
      </fieldset>
      <fieldset class="panel">
        <legend>Categories to highlight</legend>
        {CATEGORIES.map((category) => (
          <Switch
            key={category}
            class="options__category"
            checked={!hidden.has(category)}
            onChange={(shown) => {
              const next = new Set(hidden);
              if (shown) next.delete(category);
              else next.add(category);
              onChange({ hiddenCategories: CATEGORIES.filter((c) => next.has(c)) });
            }}
            testId={`option-category-${category}`}
          >
            {CATEGORY_LABELS[category]}
          </Switch>
        ))}
      </fieldset>
    </Card>
  );
}
