import { defineMessages } from "../define-messages";

export const admin = defineMessages({
  vi: { usersTitle: "Người dùng" },
  en: { usersTitle: "Users" },
});
