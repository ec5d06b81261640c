package org.syncscope.resolution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The captured events of closed conflicts (closed by the detector, or ignored), as a link's payload retention
 * purges them: the versions and ancestor, the resolution's event, the sent outbox record. The conflict rows and
 * the audit trail stay.
 */
final class ClosedPayloads {

	private static final String CLOSED = "state IN ('CLOSED', 'IGNORED') AND payloads_purged_at IS NULL";

	private ClosedPayloads() {
	}

	/** The links that have closed conflicts whose events are still kept. */
	static List<String> linksKeepingThem(Connection connection) throws SQLException {
		List<String> links = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT DISTINCT link_id FROM conflicts WHERE " + CLOSED);
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				links.add(rows.getString(1));
			}
		}
		return links;
	}

	/** Purges the events of {@code linkId}'s conflicts closed before {@code closedBefore}; returns how many. */
	static int purge(Connection connection, String linkId, Instant closedBefore, Instant now) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT id FROM conflicts WHERE link_id = ? AND "
				+ CLOSED + " AND COALESCE(closed_at, updated_at, detected_at) < ?")) {
			select.setString(1, linkId);
			select.setLong(2, closedBefore.toEpochMilli());
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getLong(1));
				}
			}
		}
		try (PreparedStatement outbox = connection.prepareStatement("DELETE FROM outbox WHERE state = 'SENT' AND "
				+ "resolution_id IN (SELECT resolution_id FROM resolutions WHERE conflict_id = ?)");
				PreparedStatement resolutions = connection.prepareStatement(
						"UPDATE resolutions SET resolved_event = '[]' WHERE conflict_id = ?");
				PreparedStatement conflicts = connection.prepareStatement("UPDATE conflicts SET versions = '[]', "
						+ "ancestor = NULL, payloads_purged_at = ? WHERE id = ?")) {
			for (long id : ids) {
				outbox.setLong(1, id);
				outbox.executeUpdate();
				resolutions.setLong(1, id);
				resolutions.executeUpdate();
				conflicts.setLong(1, now.toEpochMilli());
				conflicts.setLong(2, id);
				conflicts.executeUpdate();
			}
		}
		return ids.size();
	}
}
