package org.syncscope.resolution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.resolution.ConsoleSettings;
import org.syncscope.resolution.LinkDirectory;
import org.syncscope.resolution.ResolutionService;
import org.syncscope.resolution.RowWriteBack;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.store.audit.AuditEntry;
import org.syncscope.store.audit.AuditQuery;
import org.syncscope.testing.TestOutput;

/**
 * A link's payload retention on a real Derby store: the events of its conflicts closed longer ago than it keeps
 * them are purged (versions, resolution event, sent outbox record), audited per link; recent, open and other
 * links' conflicts keep theirs; a second round purges nothing more.
 */
class PayloadRetentionTest {

	private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
	private static final String PAYLOAD = "[{\"customer\":\"ada@example.org\"}]";

	private SyncScopeStore store;
	private ResolutionService service;

	@BeforeEach
	void twoLinksOneKeepingEventsAWeek() throws Exception {
		store = SyncScopeStore.open(TestOutput.scratchFolder("retention-").resolve("db"));
		LinkSpec week = withRetention(Fixtures.link("week", "a.changes", "b.changes", ConflictPolicy.MANUAL),
				Duration.ofDays(7));
		LinkSpec forever = Fixtures.link("forever", "c.changes", "d.changes", ConflictPolicy.MANUAL);
		LinkDirectory links = id -> Optional.of(id.equals("week") ? week : forever)
				.map(link -> new LinkDirectory.LinkTarget(link, "cluster-1"));
		service = new ResolutionService(store, links, new ConsoleSettings("alice", false,
				ConsoleSettings.RESOLVER_REPLICA), java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC), () -> {
				}, RowWriteBack.NONE);
	}

	@AfterEach
	void closeStore() throws SQLException {
		store.close();
	}

	@Test
	void closedConflictsOlderThanTheirLinksRetentionLoseTheirEvents() throws Exception {
		long old = conflict("week", "CLOSED", NOW.minus(Duration.ofDays(10)));
		long recent = conflict("week", "CLOSED", NOW.minus(Duration.ofDays(1)));
		long open = conflict("week", "OPEN", null);
		long otherLink = conflict("forever", "CLOSED", NOW.minus(Duration.ofDays(100)));

		assertEquals(1, service.purgeExpiredPayloads(NOW));

		assertEquals("[]", column("SELECT versions FROM conflicts WHERE id = " + old));
		assertEquals("[]", column("SELECT resolved_event FROM resolutions WHERE conflict_id = " + old));
		assertEquals("0", column("SELECT COUNT(*) FROM outbox WHERE resolution_id = 'r-" + old + "'"));
		for (long kept : List.of(recent, open, otherLink)) {
			assertEquals(PAYLOAD, column("SELECT versions FROM conflicts WHERE id = " + kept), "conflict " + kept);
			assertEquals("1", column("SELECT COUNT(*) FROM outbox WHERE resolution_id = 'r-" + kept + "'"));
		}
		List<AuditEntry> purges = service.audit(new AuditQuery("", ResolutionService.PURGE_PAYLOADS, "", 10));
		assertEquals(1, purges.size());
		assertEquals("week", purges.get(0).linkId());
		assertEquals(ResolutionService.RETENTION_OPERATOR, purges.get(0).operator());
		assertEquals("{\"conflicts\":1}", purges.get(0).after());

		assertEquals(0, service.purgeExpiredPayloads(NOW), "nothing more to purge");
		assertTrue(service.verifyAuditTrail().intact());
	}

	private long conflict(String link, String state, Instant closedAt) throws SQLException {
		return store.inTransaction(connection -> {
			long id;
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO conflicts (link_id, record_key, "
					+ "detected_at, state, versions, closed_at) VALUES (?, 'order-1', ?, ?, ?, ?)",
					Statement.RETURN_GENERATED_KEYS)) {
				insert.setString(1, link);
				insert.setLong(2, NOW.minus(Duration.ofDays(200)).toEpochMilli());
				insert.setString(3, state);
				insert.setString(4, PAYLOAD);
				if (closedAt == null) {
					insert.setNull(5, java.sql.Types.BIGINT);
				} else {
					insert.setLong(5, closedAt.toEpochMilli());
				}
				insert.executeUpdate();
				try (ResultSet keys = insert.getGeneratedKeys()) {
					keys.next();
					id = keys.getLong(1);
				}
			}
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("INSERT INTO resolutions (resolution_id, conflict_id, policy, resolved_event, "
						+ "created_at, operator) VALUES ('r-" + id + "', " + id + ", 'MANUAL', '" + PAYLOAD + "', 1, 'alice')");
			}
			try (PreparedStatement outbox = connection.prepareStatement("INSERT INTO outbox (resolution_id, topic, "
					+ "record_key, record_value, state, created_at) VALUES (?, 'a.changes', 'order-1', ?, 'SENT', 1)")) {
				outbox.setString(1, "r-" + id);
				outbox.setBytes(2, PAYLOAD.getBytes(java.nio.charset.StandardCharsets.UTF_8));
				outbox.executeUpdate();
			}
			return id;
		});
	}

	private String column(String sql) throws SQLException {
		return store.read(connection -> {
			try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
				rows.next();
				return rows.getString(1);
			}
		});
	}

	private static LinkSpec withRetention(LinkSpec link, Duration retention) {
		return new LinkSpec(link.id(), link.name(), link.source(), link.target(), link.topic(), link.applierGroup(),
				link.targetTopics(), link.lagSettings(), link.policy(), link.sensitiveFields(), link.sourceReplica(),
				link.targetReplica(), link.cdc(), retention);
	}
}
