/** A span of time, start inclusive, end exclusive. */
export type Period = { start: Date; end: Date };
