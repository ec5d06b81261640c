package org.syncscope.replay;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The text forms of ranges that operators type, in the wizard and on the command line alike: offsets as
 * {@code 0:100-200, 1:0-50} (per partition, end exclusive) and times as ISO-8601 instants.
 */
public final class RangeText {

	private RangeText() {
	}

	/** Reads {@code 0:100-200, 1:0-50}. */
	public static ReplayRange.ByOffsets offsets(String text) throws ReplayException {
		List<PartitionSpan> spans = new ArrayList<>();
		for (String part : text.split(",")) {
			String[] partitionAndRange = part.strip().split(":");
			String[] fromTo = partitionAndRange.length == 2 ? partitionAndRange[1].split("-") : new String[0];
			if (fromTo.length != 2) {
				throw new ReplayException("Offsets '" + part.strip() + "' are not in the form PARTITION:FROM-TO");
			}
			try {
				spans.add(new PartitionSpan(Integer.parseInt(partitionAndRange[0].strip()),
						Long.parseLong(fromTo[0].strip()), Long.parseLong(fromTo[1].strip())));
			} catch (IllegalArgumentException e) {
				throw new ReplayException("Offsets '" + part.strip() + "' are not valid: " + e.getMessage(), e);
			}
		}
		try {
			return new ReplayRange.ByOffsets(spans);
		} catch (IllegalArgumentException e) {
			throw new ReplayException(e.getMessage(), e);
		}
	}

	/** Reads an ISO-8601 instant such as {@code 2026-11-26T10:15:00Z}; {@code label} names the field. */
	public static Instant instant(String label, String text) throws ReplayException {
		try {
			return Instant.parse(text.strip());
		} catch (DateTimeParseException e) {
			throw new ReplayException(label + " needs an ISO-8601 instant such as 2026-11-26T10:15:00Z, not '"
					+ text.strip() + "'");
		}
	}

	/** The offsets of {@code spans} in the form {@link #offsets} reads. */
	public static String format(List<PartitionSpan> spans) {
		return String.join(", ", spans.stream().map(PartitionSpan::toString).toList());
	}
}
