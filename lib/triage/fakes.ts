// Obviously fake secrets of the right shapes, for tests only: none of them ever worked anywhere.

/** 52 characters from [a-z2-7], the shape of a classic Azure DevOps PAT. */
export const FAKE_PAT = "fake".repeat(13);
/** 84 characters with the AZDO signature, the shape of a newer Azure DevOps PAT. */
export const FAKE_PAT_NEW = `${"FAKE".repeat(19)}AZDOTEST`;
/** The shape of an Entra client secret value: three characters, 8Q~, then 34 more. */
export const FAKE_ENTRA_SECRET = `abc8Q~${"FAKE_secret_for_tests_only_".padEnd(34, "0")}`;
/** A JWT with `alg: none` and a subject that says what it is. */
export const FAKE_JWT = [
  "eyJhbGciOiJub25lIn0",
  Buffer.from('{"sub":"guidepath-test-only"}').toString("base64url"),
  "",
].join(".");
/** base64(":" + FAKE_PAT), what `Authorization: Basic` carries for a PAT. */
export const FAKE_BASIC = Buffer.from(`:${FAKE_PAT}`).toString("base64");
