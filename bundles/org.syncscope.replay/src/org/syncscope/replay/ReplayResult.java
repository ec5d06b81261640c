package org.syncscope.replay;

import java.time.Duration;

/**
 * How a replay ended, as recorded in the store.
 *
 * @param done events committed to the target (over every run of the job, resumes included)
 * @param message what happened, for the operator
 */
public record ReplayResult(String jobId, ReplayState state, long done, long total, long refused,
		Duration duration, String message) {
}
