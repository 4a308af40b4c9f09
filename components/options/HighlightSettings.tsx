import { CATEGORIES, CATEGORY_LABELS } from '../../lib/glossary/categories';
import { HIGHLIGHT_COLORS, type Settings } from '../../lib/storage/settings';

export interface HighlightSettingsProps {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
}

/** The highlight switch, its look, and which categories of terms are highlighted. */
export function HighlightSettings({ settings, onChange }: HighlightSettingsProps) {
  const hidden = new Set(settings.hiddenCategories);
  return (
    <section class="card" aria-labelledby="highlighting-title">
      <h2 class="card__title" id="highlighting-title">
        Highlighting
      </h2>
      <label class="switch">
        <input
          type="checkbox"
          checked={settings.highlighting}
          onChange={(e) => onChange({ highlighting: e.currentTarget.checked })}
          data-testid="option-highlighting"
        />
        Highlight terms on pages (Alt+Shift+H)
      </label>
      <fieldset class="options__group">
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
        <label class="switch">
          <input
            type="checkbox"
            checked={settings.underlineOnly}
            onChange={(e) => onChange({ underlineOnly: e.currentTarget.checked })}
            data-testid="option-underline"
          />
          Underline only (no background colour)
        </label>
      </fieldset>
      <fieldset class="options__group">
        <legend>Categories to highlight</legend>
        {CATEGORIES.map((category) => (
          <label key={category} class="switch options__category">
            <input
              type="checkbox"
              checked={!hidden.has(category)}
              onChange={(e) => {
                const next = new Set(hidden);
                if (e.currentTarget.checked) next.delete(category);
                else next.add(category);
                onChange({ hiddenCategories: CATEGORIES.filter((c) => next.has(c)) });
              }}
              data-testid={`option-category-${category}`}
            />
            {CATEGORY_LABELS[category]}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
