package org.syncscope.core.tests.lag;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongUnaryOperator;

import org.syncscope.core.lag.CommitSample;
import org.syncscope.core.lag.OffsetSample;
import org.syncscope.core.lag.Ownership;
import org.syncscope.core.lag.PartitionInput;

/**
 * Builds a partition's samples as the poller records them: a commit sample when the committed offset first
 * differs from the last one seen, a log-end sample when the log end changes.
 */
final class Polls {

	private final List<CommitSample> commits = new ArrayList<>();
	private final List<OffsetSample> logEnds = new ArrayList<>();
	private long logEnd;

	/** One poll a second from {@code fromMillis} to {@code toMillis} inclusive, offsets as the functions give. */
	static Polls everySecond(long fromMillis, long toMillis, LongUnaryOperator logEndAt, LongUnaryOperator committedAt) {
		Polls polls = new Polls();
		for (long at = fromMillis; at <= toMillis; at += 1000) {
			polls.poll(at, committedAt.applyAsLong(at), logEndAt.applyAsLong(at));
		}
		return polls;
	}

	/** One poll at {@code atMillis}; a negative committed offset stands for "nothing committed yet". */
	Polls poll(long atMillis, long committed, long end) {
		if (committed >= 0 && (commits.isEmpty() || commits.get(commits.size() - 1).offset() != committed)) {
			commits.add(new CommitSample(committed, atMillis, Math.max(0, end - committed)));
		}
		if (logEnds.isEmpty() || logEnds.get(logEnds.size() - 1).offset() != end) {
			logEnds.add(new OffsetSample(end, atMillis));
		}
		logEnd = end;
		return this;
	}

	List<CommitSample> commits() {
		return commits;
	}

	List<OffsetSample> logEnds() {
		return logEnds;
	}

	long lag() {
		return Math.max(0, logEnd - (commits.isEmpty() ? 0 : commits.get(commits.size() - 1).offset()));
	}

	PartitionInput input(int partition, OptionalLong committedRecordTimestamp, Ownership ownership) {
		return new PartitionInput(partition, logEnd, commits, logEnds, committedRecordTimestamp, ownership);
	}

	/** A step function: {@code before} until {@code atMillis}, then {@code after}. */
	static LongUnaryOperator step(long atMillis, long before, long after) {
		return t -> t < atMillis ? before : after;
	}

	/** {@code perSecond} offsets a second from zero at t = 0, moving only every {@code everyMillis}. */
	static LongUnaryOperator rate(double perSecond, long everyMillis) {
		return t -> (long) (perSecond * (t / everyMillis * everyMillis) / 1000.0);
	}
}
