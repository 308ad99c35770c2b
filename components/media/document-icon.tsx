/** A PDF page, for documents that have no picture of their own. Decorative: the name says what it is. */
export function DocumentIcon({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 48 48" className={className} fill="none">
      <path d="M12 4h17l11 11v27a2 2 0 0 1-2 2H12a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2Z" fill="#fff" stroke="currentColor" strokeWidth="2" />
      <path d="M29 4v9a2 2 0 0 0 2 2h9" stroke="currentColor" strokeWidth="2" />
      <rect x="6" y="24" width="26" height="12" rx="2" fill="currentColor" />
      <text x="19" y="33.5" textAnchor="middle" fontSize="9" fontWeight="700" fontFamily="system-ui, sans-serif" fill="#fff">
        PDF
      </text>
    </svg>
  );
}
