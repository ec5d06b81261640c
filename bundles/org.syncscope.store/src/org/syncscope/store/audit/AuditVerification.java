package org.syncscope.store.audit;

import java.util.Optional;

/**
 * What checking the audit trail's hash chain found: how many rows follow from the one before them, the chain's
 * head (keep it elsewhere to tell later whether the whole chain was rewritten), and the first row that breaks
 * the chain, if one does.
 *
 * @param rowsVerified the rows checked before the first break (all of them when the trail is intact)
 * @param headHash     the hash of the newest row the store's chain head names
 * @param firstBreak   the first broken row, empty when the trail is intact
 */
public record AuditVerification(long rowsVerified, String headHash, Optional<Break> firstBreak) {

	/**
	 * A row that does not follow from the chain.
	 *
	 * @param rowId    the audit row's id (0 when the break is rows missing at the end)
	 * @param sequence the row's place in the chain, as stored or as the chain expects it
	 * @param problem  what is wrong, in a sentence
	 */
	public record Break(long rowId, long sequence, String problem) {
	}

	/** @return whether every row follows from the one before it and the head names the newest */
	public boolean intact() {
		return firstBreak.isEmpty();
	}

	/** @return one line for an operator: intact with its head, or the first broken row */
	public String summary() {
		return firstBreak.map(b -> "Audit trail BROKEN at row " + b.rowId() + " (place " + b.sequence()
				+ " in the chain): " + b.problem() + "."
				+ (rowsVerified == 0 ? "" : " The " + rowsVerified + " rows before it are intact."))
				.orElse("Audit trail intact: " + rowsVerified + " rows verified; head " + headHash + ".");
	}
}
