import { defineMessages } from "../define-messages";

export const auth = defineMessages({
  vi: {
    signInTitle: "Đăng nhập Newsroom",
    email: "Email",
    password: "Mật khẩu",
    signIn: "Đăng nhập",
    signingIn: "Đang đăng nhập…",
    invalidCredentials: "Email hoặc mật khẩu không đúng.",
    rateLimited: "Quá nhiều lần đăng nhập không thành công. Vui lòng thử lại sau {minutes} phút.",
    sessionEnded: "Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại.",
  },
  en: {
    signInTitle: "Sign in to Newsroom",
    email: "Email",
    password: "Password",
    signIn: "Sign in",
    signingIn: "Signing in…",
    invalidCredentials: "The email or password is incorrect.",
    rateLimited: "Too many failed sign-in attempts. Please try again in {minutes} minutes.",
    sessionEnded: "Your session has ended. Please sign in again.",
  },
});
