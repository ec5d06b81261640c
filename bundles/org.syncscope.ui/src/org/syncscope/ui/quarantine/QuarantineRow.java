package org.syncscope.ui.quarantine;

import java.util.List;

import org.syncscope.store.quarantine.QuarantineEntry;

/**
 * A stored quarantined record with what the part shows beside it: the names of the links whose change log it
 * is on, and its key and value as readable, masked text.
 */
record QuarantineRow(QuarantineEntry entry, String links, String key, String value) {

	static QuarantineRow of(QuarantineEntry entry, String links, List<String> sensitivePaths) {
		return new QuarantineRow(entry, links, RecordText.of(entry.key(), List.of()),
				RecordText.of(entry.value(), sensitivePaths));
	}
}
