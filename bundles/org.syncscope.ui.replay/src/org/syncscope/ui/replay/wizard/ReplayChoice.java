package org.syncscope.ui.replay.wizard;

import org.syncscope.kafka.monitor.SecureStorageCredentials;
import org.syncscope.replay.KeyFilter;
import org.syncscope.replay.RangeText;
import org.syncscope.replay.ReplayException;
import org.syncscope.replay.ReplayLink;
import org.syncscope.replay.ReplayLinks;
import org.syncscope.replay.ReplayRange;
import org.syncscope.replay.ReplayRequest;
import org.syncscope.topology.SyncLink;

/**
 * What the first wizard page holds, as text the operator typed, and its translation into a
 * {@link ReplayRequest}; kept apart from the widgets so that the page stays about layout.
 */
final class ReplayChoice {

	enum RangeKind {
		OFFSETS, TIME
	}

	enum KeyKind {
		ALL, EXACT, PATTERN
	}

	SyncLink link;
	RangeKind rangeKind = RangeKind.OFFSETS;
	String offsets = "";
	String from = "";
	String to = "";
	KeyKind keyKind = KeyKind.ALL;
	String keys = "";
	String target = "";
	String reason = "";

	/** The request, read on the UI thread (the link is a model object). */
	ReplayRequest toRequest(String operator) throws ReplayException {
		if (link == null) {
			throw new ReplayException("Choose a link");
		}
		ReplayLink replayLink = ReplayLinks.of(link, SecureStorageCredentials.DEFAULT);
		ReplayRange range = rangeKind == RangeKind.OFFSETS ? RangeText.offsets(offsets)
				: new ReplayRange.ByTime(RangeText.instant("From", from), RangeText.instant("To", to));
		KeyFilter filter = switch (keyKind) {
		case ALL -> KeyFilter.ALL;
		case EXACT -> KeyFilter.parse("keys:" + keys);
		case PATTERN -> KeyFilter.Regex.of(keys);
		};
		ReplayRequest request = new ReplayRequest(replayLink, range, filter, target, reason.strip(), operator);
		request.check();
		return request;
	}
}
