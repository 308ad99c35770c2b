import { defineMessages } from "../define-messages";

export const auth = defineMessages({
  vi: {
    signInTitle: "Đăng nhập Newsroom",
    signInIntro: "Dành cho phóng viên, biên tập viên và quản trị viên của cơ quan báo chí.",
    email: "Email",
    password: "Mật khẩu",
    signIn: "Đăng nhập",
    signingIn: "Đang đăng nhập…",
    invalidCredentials: "Email hoặc mật khẩu không đúng.",
    rateLimited: "Quá nhiều lần đăng nhập không thành công. Vui lòng thử lại sau {minutes} phút.",
    sessionEnded: "Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại.",
    signInFailed: "Không thể đăng nhập lúc này. Vui lòng thử lại.",
  },
  en: {
    signInTitle: "Sign in to Newsroom",
    signInIntro: "For the press service's writers, editors and administrators.",
    email: "Email",
    password: "Password",
    signIn: "Sign in",
    signingIn: "Signing in…",
    invalidCredentials: "The email or password is incorrect.",
    rateLimited: "Too many failed sign-in attempts. Please try again in {minutes} minutes.",
    sessionEnded: "Your session has ended. Please sign in again.",
    signInFailed: "Signing in is not possible right now. Please try again.",
  },
});
