/**
 * What people type in a time field, made into 'HH:mm'. Secretaries write "14h", "14h30", "14 giờ 30", "14.30"
 * or "1430" as often as "14:00"; all of them mean the same time.
 */
const TIME_PATTERNS: readonly RegExp[] = [
  /^(\d{1,2})\s*(?::|h|g|giờ|\.)\s*(\d{1,2})?\s*(?:p|phút)?$/iu,
  /^(\d{1,2})$/u,
  /^(\d{2})(\d{2})$/u,
];

/**
 * Returns the time as 'HH:mm' when the text reads as one; otherwise the trimmed text unchanged, so that the
 * schema reports it with its own message and the user's text is not silently altered.
 */
export function normalizeClockText(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  for (const pattern of TIME_PATTERNS) {
    const m = pattern.exec(trimmed);
    if (m === null) continue;
    const hours = Number(m[1]);
    const minutes = m[2] === undefined || m[2] === '' ? 0 : Number(m[2]);
    if (m[2] !== undefined && m[2].length === 1) return trimmed;
    return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  }
  return trimmed;
}
