// The talk levels, in the order the UI lists them. Kept apart from the schema so the app can
// use them without shipping the schema (and its validation library) to the browser.
export const LEVELS = ['keynote', 'beginner', 'intermediate', 'advanced', 'unknown'] as const;
