import { request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";
import { actionOutcome, argumentsOf, captureAction, replayAction, type CapturedAction } from "./actions";
import { test, expect, DEMO_ACCOUNTS, DEMO_PASSWORD, newsroomContext, saveNewArticle, signIn, uniqueTitle, workflowPanel } from "./fixtures";
import { BASE_URL } from "./server";

/** A draft only its writer and the desk may see; its title must never reach anyone else. */
async function createPrivateDraft(writer: Page, title: string): Promise<string> {
  await writer.goto("/admin/articles/new");
  await writer.getByLabel("Title", { exact: true }).fill(title);
  return saveNewArticle(writer);
}

async function anonymousRequest(): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL: BASE_URL });
}

// CVE-2025-29927: this header once made Next skip middleware; here the proxy is never the boundary anyway.
const SUBREQUEST_BYPASS = { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy:middleware:middleware:middleware:middleware:middleware" };

test("anonymous visitors get no newsroom page: not plainly, not with a forged cookie, not with x-middleware-subrequest", async ({ signedIn }) => {
  const writer = await signedIn("writer");
  const secret = uniqueTitle("Bản nháp mật");
  const articleId = await createPrivateDraft(writer, secret);
  const admin = await signedIn("admin");
  await admin.goto("/admin/users");
  await admin.getByRole("row", { name: new RegExp(DEMO_ACCOUNTS.writer) }).getByRole("link").click();
  await expect(admin).toHaveURL(/\/admin\/users\/[0-9a-f-]{36}$/);
  const userId = admin.url().split("/").pop()!;

  const paths = ["/admin", "/admin/my-work", "/admin/articles", `/admin/articles?q=${encodeURIComponent(secret)}`, "/admin/articles/new", `/admin/articles/${articleId}`, "/admin/users", "/admin/users/new", `/admin/users/${userId}`];
  const attempts: { label: string; headers: Record<string, string> }[] = [
    { label: "no session", headers: {} },
    { label: "x-middleware-subrequest", headers: SUBREQUEST_BYPASS },
    { label: "forged session cookie", headers: { cookie: "next-auth.session-token=forged.token.value" } },
    { label: "forged cookie and x-middleware-subrequest", headers: { cookie: "next-auth.session-token=forged", ...SUBREQUEST_BYPASS } },
  ];
  const anonymous = await anonymousRequest();
  for (const path of paths) {
    for (const { label, headers } of attempts) {
      const response = await anonymous.get(path, { headers, maxRedirects: 0 });
      const body = await response.text();
      const where = `${path} (${label})`;
      expect(response.status(), where).toBe(307);
      expect(new URL(response.headers()["location"], BASE_URL).pathname, where).toBe("/signin");
      expect(body, where).not.toContain(secret);
      expect(body, where).not.toContain(DEMO_ACCOUNTS.writer);
    }
  }
  await anonymous.dispose();
});

test("signed-in people without the permission get 403, and unknown ids 404", async ({ signedIn }) => {
  const press = await signedIn("press");
  // Signing in lands a press officer on a desk they can use, not on a refusal.
  await expect(press).toHaveURL(/\/admin\/media$/);
  expect((await press.goto("/admin/articles"))?.status()).toBe(403);
  expect((await press.goto("/admin/my-work"))?.status()).toBe(403);
  await expect(press.getByRole("heading", { name: "Access denied" })).toBeVisible();
  expect((await press.goto("/admin/users"))?.status()).toBe(403);

  const writer = await signedIn("writer");
  expect((await writer.goto("/admin/users"))?.status()).toBe(403);
  expect((await writer.goto("/admin/users/new"))?.status()).toBe(403);
  expect((await writer.goto("/admin/articles/00000000-0000-4000-8000-000000000000"))?.status()).toBe(404);
  expect((await writer.goto("/admin/articles/not-a-uuid"))?.status()).toBe(404);
});

test("trips: anonymous visitors are sent to sign-in, writers get 403, the desk reads but cannot plan, unknown ids 404", async ({ signedIn }) => {
  const press = await signedIn("press");
  await press.goto("/admin/trips?q=festival");
  await press.getByRole("link", { name: /Festival Hoa/ }).click();
  await expect(press).toHaveURL(/\/admin\/trips\/[0-9a-f-]{36}$/);
  const tripId = press.url().split("/").pop()!;
  const tripPages = ["", "/itinerary", "/itinerary/print?lang=en", "/participants", "/report"].map((part) => `/admin/trips/${tripId}${part}`);
  const pages = ["/admin/trips", "/admin/trips/new", "/admin/trips/calendar", "/admin/trips/feed", ...tripPages];

  const anonymous = await anonymousRequest();
  for (const path of pages) {
    for (const headers of [{}, SUBREQUEST_BYPASS]) {
      const response = await anonymous.get(path, { headers, maxRedirects: 0 });
      expect(response.status(), path).toBe(307);
      expect(await response.text(), path).not.toContain("Festival Hoa");
    }
  }
  for (const path of [`/api/trips/${tripId}/calendar`, `/api/trips/${tripId}/participants?format=csv&sheet=participants`]) {
    const response = await anonymous.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(401);
    expect(await response.text(), path).not.toContain("Dubois");
  }
  // A calendar feed answers only to its secret address.
  expect((await anonymous.get(`/api/calendar/${"A".repeat(43)}.ics`, { maxRedirects: 0 })).status()).toBe(404);
  await anonymous.dispose();

  const writer = await signedIn("writer");
  for (const path of pages) expect((await writer.goto(path))?.status(), path).toBe(403);
  expect((await writer.request.get(`/api/trips/${tripId}/calendar`)).status()).toBe(403);

  const editor = await signedIn("editor");
  expect((await editor.goto(`/admin/trips/${tripId}/participants`))?.status()).toBe(200);
  await expect(editor.getByText("You can read this list but not change it.")).toBeVisible();
  await expect(editor.getByText("claire.dubois@afp.example.org")).toHaveCount(0);
  expect((await editor.goto("/admin/trips/new"))?.status()).toBe(403);
  expect((await editor.goto("/admin/trips/00000000-0000-4000-8000-000000000000"))?.status()).toBe(404);
  expect((await editor.goto("/admin/trips/not-a-uuid/participants"))?.status()).toBe(404);
});

/** The article's version as the editor shows it to its writer. */
async function shownVersion(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const label = await page.getByText(/^Version \d+$/).textContent();
  return Number(label?.replace("Version ", ""));
}

test("server actions refuse anonymous, cross-origin, smuggled and forbidden calls, and nothing changes", async ({ signedIn }) => {
  const writer = await signedIn("writer");
  const title = uniqueTitle("Đoàn nhà báo quốc tế");
  await createPrivateDraft(writer, title);
  const articleUrl = writer.url();

  // A real save by the writer, recorded on the wire.
  await writer.getByLabel("Sapo (lead)").fill("Bản gốc.");
  const save: CapturedAction = await captureAction(writer, () => writer.getByRole("button", { name: "Save" }).click());
  await expect(writer.getByText("Saved.")).toBeVisible();
  const saved = argumentsOf(save);
  let version = (saved.version as number) + 1;
  const withVersion = (changes: Record<string, unknown>) => [{ ...saved, version, ...changes }];

  // Anonymous: nothing but "please sign in".
  const anonymous = await anonymousRequest();
  const anonymousCall = await replayAction(anonymous, save, { args: withVersion({ title: "Anonymous" }) });
  expect(await actionOutcome(anonymousCall)).toEqual({ status: "error", code: "UNAUTHENTICATED" });
  await anonymous.dispose();

  // The writer's own session, but from another site, a sandboxed frame, or with no Origin at all.
  for (const origin of ["https://evil.example", "null", null]) {
    const response = await replayAction(writer.request, save, { args: withVersion({ title: "Cross-site" }), origin });
    const outcome = await actionOutcome(response);
    expect(outcome?.status ?? "refused before running", `Origin ${origin}`).not.toBe("ok");
    if (outcome) expect(outcome.code, `Origin ${origin}`).toBe("FORBIDDEN");
  }

  // Fields a person never writes, smuggled in beside real ones.
  const smuggled = { role: "ADMIN", roles: ["ADMIN"], status: "PUBLISHED", state: "PUBLISHED", authorId: crypto.randomUUID(), createdById: crypto.randomUUID(), publishedAt: new Date().toISOString(), version: 999 };
  for (const [field, value] of Object.entries(smuggled)) {
    const args = field === "version" ? [{ ...saved, version: value, title: "Smuggled" }] : withVersion({ title: "Smuggled", [field]: value });
    const outcome = await actionOutcome(await replayAction(writer.request, save, { args }));
    expect(outcome?.status, field).toBe("error");
    expect(outcome?.code, field).toBe(field === "version" ? "CONFLICT" : "VALIDATION");
  }
  expect(await shownVersion(writer, articleUrl)).toBe(version);
  await expect(writer.getByLabel("Title", { exact: true })).toHaveValue(title);
  await expect(writer.getByLabel("Sapo (lead)")).toHaveValue("Bản gốc.");

  // The control: the same call, honestly made, goes through — so the refusals above were the server's doing.
  const honest = await actionOutcome(await replayAction(writer.request, save, { args: withVersion({ sapo: "Bản sửa hợp lệ." }) }));
  expect(honest).toEqual({ status: "ok", code: undefined });
  version += 1;
  expect(await shownVersion(writer, articleUrl)).toBe(version);
  await expect(writer.getByLabel("Sapo (lead)")).toHaveValue("Bản sửa hợp lệ.");

  // The writer submits (recorded), then forges the desk's and the chief's steps.
  const submit = await captureAction(writer, () => workflowPanel(writer).getByRole("button", { name: "Submit for review" }).click());
  await expect(writer.getByText("Moved to “In review”.")).toBeVisible();
  version += 1;
  const submitted = argumentsOf(submit);
  for (const to of ["APPROVED", "PUBLISHED", "CHANGES_REQUESTED", "ARCHIVED", "UNPUBLISHED"]) {
    const outcome = await actionOutcome(await replayAction(writer.request, submit, { args: [{ ...submitted, to, version, note: "forged" }] }));
    expect(outcome?.status, to).toBe("error");
    expect(["FORBIDDEN", "INVALID_TRANSITION"], to).toContain(outcome?.code);
  }
  expect(await shownVersion(writer, articleUrl)).toBe(version);
  await expect(workflowPanel(writer).getByText("In review")).toBeVisible();
});

test("a cross-origin POST to the sign-in route handler gets no session", async () => {
  const anonymous = await anonymousRequest();
  for (const origin of ["https://evil.example", "null"]) {
    const response = await anonymous.post("/api/auth/callback/credentials", {
      headers: { origin },
      form: { email: DEMO_ACCOUNTS.admin, password: DEMO_PASSWORD, json: "true" },
      maxRedirects: 0,
    });
    const cookies = response.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie").map((header) => header.value);
    expect(cookies.some((cookie) => cookie.includes("session-token=")), `Origin ${origin}`).toBe(false);
  }
  const stillAnonymous = await anonymous.get("/admin/articles", { maxRedirects: 0 });
  expect(stillAnonymous.status()).toBe(307);
  await anonymous.dispose();
});

test("a deactivated person's live session is refused on its next request", async ({ signedIn, browser }) => {
  const admin = await signedIn("admin");
  const email = `${uniqueTitle("reporter").replace(" ", "-").toLowerCase()}@newsroom.test`;
  const password = "a long enough password";
  await admin.goto("/admin/users/new");
  await admin.getByLabel("Full name").fill("Trần Thị Phóng Viên");
  await admin.getByLabel("Email").fill(email);
  await admin.getByLabel("Password").fill(password);
  await admin.getByRole("checkbox", { name: "Writer" }).check();
  await admin.getByRole("button", { name: "Create user" }).click();
  await expect(admin.getByRole("button", { name: "Deactivate account" })).toBeVisible();

  const context = await newsroomContext(browser);
  const person = await context.newPage();
  await signIn(person, email, password);
  await person.goto("/admin/articles/new");
  await person.getByLabel("Title", { exact: true }).fill("Written before deactivation");

  await admin.getByRole("button", { name: "Deactivate account" }).click();
  await expect(admin.getByText("The account is deactivated.", { exact: false })).toBeVisible();

  // The open editor's next save is refused; the text stays on screen.
  await person.getByRole("button", { name: "Save" }).click();
  await expect(person.getByText("Please sign in.")).toBeVisible();
  await expect(person.getByLabel("Title", { exact: true })).toHaveValue("Written before deactivation");
  // Any newsroom page sends the person to sign in, where the old password no longer works.
  await person.goto("/admin/articles");
  await expect(person).toHaveURL(/\/signin/);
  await person.getByLabel("Email").fill(email);
  await person.getByLabel("Password").fill(password);
  await person.getByRole("button", { name: "Sign in" }).click();
  await expect(person.getByText("The email or password is incorrect.")).toBeVisible();
  await context.close();
});
