import type { Category } from '../lib/glossary/categories';
import { CATEGORY_LABELS } from '../lib/glossary/categories';

export interface HoverCardProps {
  term: string;
  category: Category;
  definition: string;
  /** Other ways the term is written, shown so a recruiter recognises them elsewhere. */
  aliases: readonly string[];
  /** What the page actually says, when it differs from the term ("prior auth"). */
  matchedText?: string;
  position: { left: number; top: number };
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
}

/** The definition card shown when a highlighted term is hovered. Text only: nothing is rendered as HTML. */
export function HoverCard(props: HoverCardProps) {
  const { term, category, definition, aliases, matchedText, position } = props;
  const shownAliases = aliases.filter((a) => a.toLowerCase() !== matchedText?.toLowerCase()).slice(0, 3);
  return (
    <div
      class="hmo-card"
      role="tooltip"
      style={{ left: `${position.left}px`, top: `${position.top}px` }}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      <div class="hmo-card__head">
        <span class="hmo-card__term">{term}</span>
        <span class="hmo-card__category">{CATEGORY_LABELS[category]}</span>
      </div>
      {matchedText && matchedText.toLowerCase() !== term.toLowerCase() ? (
        <div class="hmo-card__matched">Written here as “{matchedText}”</div>
      ) : null}
      {definition ? <p class="hmo-card__definition">{definition}</p> : null}
      {shownAliases.length > 0 ? <div class="hmo-card__aliases">Also: {shownAliases.join(' · ')}</div> : null}
      <div class="hmo-card__brand">HMO Lens</div>
    </div>
  );
}
