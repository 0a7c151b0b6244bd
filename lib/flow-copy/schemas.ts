import { z } from "zod";

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = z.string().trim().min(1);

export const sourceSchema = z.strictObject({
  title: text,
  url: z.url({ protocol: /^https$/ }).optional(),
  /** When the source was published, as it gives it. */
  date: text.optional(),
  /** When we last checked that the source says what the guide says. */
  verified: z.iso.date().optional(),
});

export const sourcesSchema = z.record(z.string().regex(ID), sourceSchema);

export const figuresSchema = z.record(
  z.string().regex(ID),
  z.strictObject({
    file: z.string().regex(/^[a-z0-9-]+\.svg$/),
    width: z.int().positive(),
    height: z.int().positive(),
    alt: z.string().trim().min(20, "alt text must describe the picture (20 characters or more)"),
    caption: text,
  }),
);

export const flowMetaSchema = z.strictObject({
  title: text,
  symptom: text,
  fixes: text,
  keywords: z.array(text),
  conditions: z.record(z.string(), z.strictObject({ when: text, otherwise: text })).optional(),
  changes: z
    .array(z.strictObject({ version: z.int().positive(), date: z.iso.date(), summary: text }))
    .min(1),
});

export const stepFrontSchema = z.strictObject({
  title: text,
  /** `which-error`: a question about the error the person sees, which must offer "something else". */
  kind: z.enum(["which-error"]).optional(),
  topic: text.optional(),
  lead: text.optional(),
  choices: z
    .record(
      z.string(),
      z.strictObject({ label: text, summary: text.optional(), hint: text.optional() }),
    )
    .optional(),
  sources: z.array(z.string()).optional(),
  /** Live mode: what to tell the person, by finding, when a read finds what answers nothing. */
  live: z.record(z.string(), text).optional(),
});
