/**
 * A directive's follow-up category as a small tag: a colour swatch and the Vietnamese label, so colour is never
 * the only sign (the text stays dark on white for contrast; the colour sits beside it). Plain markup, because the
 * register draws one per visible row.
 */
import { CATEGORY_STYLE, categoryLabel, type Category } from '../../../src/followup/categories.js';

/** The small colour square drawn beside a category's or group's label; decorative, the label says it in words. */
export function CategorySwatch({ hex, gap = 0 }: { hex: string; gap?: number }) {
  return <span aria-hidden="true" style={{ display: 'inline-block', flex: 'none', width: 10, height: 10, borderRadius: 2, background: hex, marginRight: gap }} />;
}

export function CategoryTag({ category }: { category: Category }) {
  const { hex } = CATEGORY_STYLE[category];
  const label = categoryLabel(category);
  return (
    <span
      data-category={category}
      title={label}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 6,
        maxWidth: '100%',
        padding: '0 6px',
        border: `1px solid ${hex}`,
        borderRadius: 4,
        background: `${hex}14`,
        color: '#1f1f1f',
        fontSize: 12,
        lineHeight: '20px',
        whiteSpace: 'nowrap',
        overflow: 'hidden',
        textOverflow: 'ellipsis',
      }}
    >
      <CategorySwatch hex={hex} />
      {label}
    </span>
  );
}
