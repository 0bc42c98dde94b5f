// data/link-status.json: what `npm run check-links` last found for each link in the dataset.
// Written by the script, read by the app, so both sides share this one definition.
import * as v from 'valibot';

/** working: 2xx after redirects. broken: 404 or 410. unverified: anything else; we could not tell. */
export const LINK_STATUSES = ['working', 'broken', 'unverified'] as const;

const Timestamp = v.pipe(v.string(), v.isoTimestamp());

export const LinkStatusSchema = v.picklist(LINK_STATUSES);

export const LinkCheckSchema = v.strictObject({
  status: LinkStatusSchema,
  checkedAt: Timestamp,
  httpStatus: v.optional(v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(599))),
  /** Only when the link redirected somewhere else. */
  finalUrl: v.optional(v.string()),
  /** Why a link is unverified, e.g. "HTTP 503" or "timed out after 10000 ms". */
  reason: v.optional(v.string()),
});

export const LinkStatusFileSchema = v.strictObject({
  // null means the links have never been checked (the repository ships that way).
  checkedAt: v.nullable(Timestamp),
  links: v.record(v.string(), LinkCheckSchema),
});

export type LinkStatus = v.InferOutput<typeof LinkStatusSchema>;
export type LinkCheck = v.InferOutput<typeof LinkCheckSchema>;
export type LinkStatusFile = v.InferOutput<typeof LinkStatusFileSchema>;
