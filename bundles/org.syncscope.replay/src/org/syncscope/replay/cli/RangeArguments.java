package org.syncscope.replay.cli;

import org.syncscope.replay.KeyFilter;
import org.syncscope.replay.RangeText;
import org.syncscope.replay.ReplayException;
import org.syncscope.replay.ReplayRange;

/**
 * Reads the range and key filter options of the command line: {@code --offsets 0:100-200,1:0-50} (end
 * exclusive) or {@code --from}/{@code --to} as ISO-8601 instants, and {@code --keys} or {@code --key-pattern}.
 */
final class RangeArguments {

	private RangeArguments() {
	}

	static ReplayRange range(CommandLine line) throws ReplayException {
		String offsets = line.value("--offsets");
		String from = line.value("--from");
		String to = line.value("--to");
		if (offsets != null && (from != null || to != null)) {
			throw new ReplayException("Give either --offsets or --from/--to, not both");
		}
		if (offsets != null) {
			return RangeText.offsets(offsets);
		}
		if (from == null || to == null) {
			throw new ReplayException("Give the range: --offsets P:FROM-TO[,...] or both --from and --to");
		}
		return new ReplayRange.ByTime(RangeText.instant("--from", from), RangeText.instant("--to", to));
	}

	static KeyFilter keyFilter(CommandLine line) throws ReplayException {
		String keys = line.value("--keys");
		String pattern = line.value("--key-pattern");
		if (keys != null && pattern != null) {
			throw new ReplayException("Give either --keys or --key-pattern, not both");
		}
		if (keys != null) {
			return KeyFilter.parse("keys:" + keys);
		}
		return pattern != null ? KeyFilter.Regex.of(pattern) : KeyFilter.ALL;
	}
}
