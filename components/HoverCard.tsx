import type { Category } from '../lib/glossary/categories';
import { CATEGORY_LABELS } from '../lib/glossary/categories';
import { ExpandableDefinition } from './shared/Expandable';

/** Longer than this, the card shows three lines of the definition and a "Read all" button. */
const SHORT_CARD_DEFINITION = 160;

export interface HoverCardProps {
  term: string;
  category: Category;
  definition: string;
  /** Other ways the term is written, shown so a recruiter recognises them elsewhere. */
  aliases: readonly string[];
  /** What the page actually says, when it differs from the term ("prior auth"). */
  matchedText?: string;
  position: { left: number; top: number };
}

/**
 * The definition card shown when a highlighted term is hovered. Text only: nothing is rendered as HTML. It
 * holds a button, so it is a (non-modal) dialog rather than a tooltip; it stays open while the pointer is on
 * it (see lib/dom/card-hover.ts).
 */
export function HoverCard(props: HoverCardProps) {
  const { term, category, definition, aliases, matchedText, position } = props;
  const shownAliases = aliases.filter((a) => a.toLowerCase() !== matchedText?.toLowerCase()).slice(0, 3);
  return (
    <div
      class="hmo-card"
      role="dialog"
      aria-label={`${term}: definition`}
      style={{ left: `${position.left}px`, top: `${position.top}px` }}
    >
      <div class="hmo-card__head">
        <span class="hmo-card__term">{term}</span>
        <span class="hmo-card__category">{CATEGORY_LABELS[category]}</span>
      </div>
      {matchedText && matchedText.toLowerCase() !== term.toLowerCase() ? (
        <div class="hmo-card__matched">Written here as “{matchedText}”</div>
      ) : null}
      {definition ? (
        <ExpandableDefinition
          // A new word starts cut again.
          key={term}
          id="hmo-card-definition"
          long={definition.length > SHORT_CARD_DEFINITION}
          term={term}
          textClass="hmo-card__definition"
          buttonClass="link-button hmo-card__more"
        >
          {definition}
        </ExpandableDefinition>
      ) : null}
      {shownAliases.length > 0 ? <div class="hmo-card__aliases">Also: {shownAliases.join(' · ')}</div> : null}
      <div class="hmo-card__brand">HMO Lens</div>
    </div>
  );
}
