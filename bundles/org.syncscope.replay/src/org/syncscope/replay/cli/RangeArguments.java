package org.syncscope.replay.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.syncscope.replay.KeyFilter;
import org.syncscope.replay.PartitionSpan;
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
			return new ReplayRange.ByOffsets(spans(offsets));
		}
		if (from == null || to == null) {
			throw new ReplayException("Give the range: --offsets P:FROM-TO[,...] or both --from and --to");
		}
		return new ReplayRange.ByTime(instant("--from", from), instant("--to", to));
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

	private static List<PartitionSpan> spans(String text) throws ReplayException {
		List<PartitionSpan> spans = new ArrayList<>();
		for (String part : text.split(",")) {
			String[] partitionAndRange = part.strip().split(":");
			String[] fromTo = partitionAndRange.length == 2 ? partitionAndRange[1].split("-") : new String[0];
			if (fromTo.length != 2) {
				throw new ReplayException("Offsets '" + part + "' are not in the form PARTITION:FROM-TO");
			}
			try {
				spans.add(new PartitionSpan(Integer.parseInt(partitionAndRange[0].strip()),
						Long.parseLong(fromTo[0].strip()), Long.parseLong(fromTo[1].strip())));
			} catch (IllegalArgumentException e) {
				throw new ReplayException("Offsets '" + part + "' are not valid: " + e.getMessage(), e);
			}
		}
		try {
			return new ReplayRange.ByOffsets(spans).spans();
		} catch (IllegalArgumentException e) {
			throw new ReplayException(e.getMessage(), e);
		}
	}

	private static Instant instant(String option, String text) throws ReplayException {
		try {
			return Instant.parse(text);
		} catch (DateTimeParseException e) {
			throw new ReplayException(option + " needs an ISO-8601 instant such as 2026-11-26T10:15:00Z, not '"
					+ text + "'");
		}
	}
}
