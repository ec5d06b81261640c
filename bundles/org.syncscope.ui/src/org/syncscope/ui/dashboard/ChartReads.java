package org.syncscope.ui.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Decides when the dashboard reads its chart data from the history again: on every tick while the range
 * reaches into the last {@link #SETTLE} (samples and minute roll-ups are still being written there), but only
 * once for a range that ended before that, as long as the links and the resolution stay the same.
 */
public final class ChartReads {

	/** How far back from now the history may still change. */
	public static final Duration SETTLE = Duration.ofMinutes(2);

	/** What one read asks for. */
	public record Request(TimeRange range, List<String> linkIds, int maxPoints) {

		public Request {
			Objects.requireNonNull(range, "range");
			linkIds = List.copyOf(linkIds);
		}
	}

	private Request lastRead;

	/** Whether {@code request} has to be read at {@code nowMillis}. */
	public synchronized boolean needed(Request request, long nowMillis) {
		boolean settled = request.range().toMillis() < nowMillis - SETTLE.toMillis();
		return !settled || !request.equals(lastRead);
	}

	/** {@code request} was read and shown. */
	public synchronized void read(Request request) {
		lastRead = request;
	}
}
