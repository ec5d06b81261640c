package org.syncscope.replay;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.syncscope.replay.internal.RangeJson;

/**
 * One replay as the store remembers it, for the history view, a repeat and a resume.
 *
 * @param rangeSpec the chosen range and the offsets it resolved to, as JSON
 * @param progress the next source offset per partition after the last committed batch, as JSON
 * @param finishedAt null while running (or after a crash)
 */
public record ReplayJob(String id, String linkId, String sourceTopic, String targetTopic, String rangeSpec,
		String keyFilter, ReplayState state, long total, long done, String progress, Instant startedAt,
		Instant finishedAt, String outcome, String reason, String operator) {

	/** The range as the operator chose it. */
	public ReplayRange range() throws ReplayException {
		try {
			return RangeJson.range(rangeSpec);
		} catch (IOException | RuntimeException e) {
			throw new ReplayException("The stored range of replay " + id + " is unreadable: " + e.getMessage(), e);
		}
	}

	/** The offsets the range resolved to when the job started. */
	public List<PartitionSpan> resolvedSpans() throws ReplayException {
		try {
			return RangeJson.resolved(rangeSpec);
		} catch (IOException | RuntimeException e) {
			throw new ReplayException("The stored offsets of replay " + id + " are unreadable: " + e.getMessage(), e);
		}
	}

	/** How long it ran, or has been running. */
	public Duration duration() {
		return Duration.between(startedAt, finishedAt != null ? finishedAt : Instant.now());
	}

	/** A one-line description of the range for tables. */
	public String rangeDescription() {
		try {
			return range().describe();
		} catch (ReplayException e) {
			return "?";
		}
	}
}
