package org.syncscope.kafka.monitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.syncscope.core.lag.CommitSample;
import org.syncscope.core.lag.OffsetSample;

/**
 * The recent poll results of one partition for one applier group: a sliding window of commit samples
 * (committed offset, when, lag then) and of log-end samples (offset, when) from which the lag evaluator
 * derives status, trend and interpolated time lag. Used by one poller thread.
 */
final class PartitionHistory {

	private final int capacity;
	private final Deque<CommitSample> commits = new ArrayDeque<>();
	private final Deque<OffsetSample> logEnds = new ArrayDeque<>();

	PartitionHistory(int capacity) {
		this.capacity = capacity;
	}

	void record(long committedOffset, long logEndOffset, long nowMillis) {
		add(commits, new CommitSample(committedOffset, nowMillis, Math.max(0, logEndOffset - committedOffset)));
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
