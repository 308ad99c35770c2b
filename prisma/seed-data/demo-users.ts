import type { Role } from "@/lib/generated/prisma/enums";

/** Published in the README: these accounts must never exist on a production database. */
export const DEMO_PASSWORD = "newsroom-demo";

/** One demo account per role, named by the part it plays in the stories' workflow. */
export const DEMO_USERS = {
  admin: { email: "admin@newsroom.local", name: "Nguyễn Thị Thu Hà", role: "ADMIN" },
  chief: { email: "chief@newsroom.local", name: "Trần Quốc Hưng", role: "CHIEF_EDITOR" },
  editor: { email: "editor@newsroom.local", name: "Lê Minh Châu", role: "EDITOR" },
  writer: { email: "writer@newsroom.local", name: "Phạm Đức Anh", role: "WRITER" },
  press: { email: "press@newsroom.local", name: "Vũ Thị Lan Phương", role: "PRESS_OFFICER" },
} as const satisfies Record<string, { email: string; name: string; role: Role }>;

export type DemoUserKey = keyof typeof DEMO_USERS;
