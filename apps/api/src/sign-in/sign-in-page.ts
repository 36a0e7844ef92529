const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page of a refused sign-in: what went wrong in words, and a way to try again. */
export function refusedSignInPage(reason: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sign-in failed - SaferPlan</title></head>
<body>
<main>
<h1>Sign-in failed</h1>
<p>${escape(reason)}</p>
<p>Nothing was changed. <a href="/auth/login">Sign in again</a> or go back to <a href="/">SaferPlan</a>.</p>
</main>
</body>
</html>
`;
}
