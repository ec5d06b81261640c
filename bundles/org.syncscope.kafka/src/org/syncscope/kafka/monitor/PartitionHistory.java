package org.syncscope.kafka.monitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalLong;

import org.syncscope.core.lag.CommitSample;
import org.syncscope.core.lag.OffsetSample;

/**
 * The recent poll results of one partition for one applier group: the distinct committed offsets, each
 * stamped with the poll that first saw it and the lag then, and the log-end offsets, one sample per change,
 * from which the lag evaluator derives status, trend and interpolated time lag. A commit sample is added only
 * when the committed offset changes, so "time since the last commit" is the time since the group last
 * moved, not since the last poll. Used by one poller thread.
 */
final class PartitionHistory {

	private final int capacity;
	private final Deque<CommitSample> commits = new ArrayDeque<>();
	private final Deque<OffsetSample> logEnds = new ArrayDeque<>();

	PartitionHistory(int capacity) {
		this.capacity = capacity;
	}

	/** Records one poll: the group's committed offset (empty before its first commit) and the log end. */
	void record(OptionalLong committedOffset, long logEndOffset, long nowMillis) {
		CommitSample lastCommit = commits.peekLast();
		if (committedOffset.isPresent() && (lastCommit == null || lastCommit.offset() != committedOffset.getAsLong())) {
			long offset = committedOffset.getAsLong();
			add(commits, new CommitSample(offset, nowMillis, Math.max(0, logEndOffset - offset)));
		}
		OffsetSample last = logEnds.peekLast();
		if (last == null || last.offset() != logEndOffset) {
			add(logEnds, new OffsetSample(logEndOffset, nowMillis));
		}
	}

	List<CommitSample> commits() {
		return new ArrayList<>(commits);
	}

	List<OffsetSample> logEnds() {
		return new ArrayList<>(logEnds);
	}

	private <T> void add(Deque<T> window, T sample) {
		window.addLast(sample);
		while (window.size() > capacity) {
			window.removeFirst();
		}
	}
}
