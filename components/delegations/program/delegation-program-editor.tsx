"use client";

import type { ComponentProps } from "react";
import { saveDelegationProgramAction } from "@/lib/delegations/program-actions";
import { ProgramEditor } from "@/components/itinerary/itinerary-editor";

type Props = Omit<ComponentProps<typeof ProgramEditor>, "save"> & { delegationId: string };

/** The shared program editor, saving through the delegation's action; members are who may attend. */
export function DelegationProgramEditor({ delegationId, ...props }: Props) {
  return <ProgramEditor {...props} save={(post) => saveDelegationProgramAction({ delegationId, ...post })} />;
}
