"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog; the label comes from the page, in the program's language. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="primary" onClick={() => window.print()} className="print:hidden">
      {label}
    </Button>
  );
}
