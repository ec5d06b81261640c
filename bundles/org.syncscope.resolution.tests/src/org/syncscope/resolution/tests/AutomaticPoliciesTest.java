package org.syncscope.resolution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.resolution.AutomaticPolicies;
import org.syncscope.resolution.ConflictRecorder;
import org.syncscope.resolution.ConflictState;
import org.syncscope.resolution.ConsoleSettings;
import org.syncscope.resolution.LinkDirectory;
import org.syncscope.resolution.ResolutionService;
import org.syncscope.resolution.RowWriteBack;
import org.syncscope.resolution.StoredConflict;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.store.audit.AuditEntry;
import org.syncscope.store.audit.AuditQuery;
import org.syncscope.store.outbox.Outbox;
import org.syncscope.store.outbox.OutboxEntry;
import org.syncscope.testing.TestOutput;

/**
 * The links' automatic policies on a real Derby store: a conflict its link's policy decides is resolved,
 * written to the outbox and audited under the automatic operator with the policy as reason; a conflict of a
 * MANUAL link, or one the policy cannot decide, waits for a person; nothing happens while read-only.
 */
class AutomaticPoliciesTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);
	private static final Map<String, LinkSpec> LINKS = Map.of(
			"lww", Fixtures.link("lww", "sync.a.changes", "sync.b.changes", ConflictPolicy.LAST_WRITER_WINS),
			"manual", Fixtures.link("manual", "sync.a.changes", "sync.b.changes", ConflictPolicy.MANUAL),
			"merge", Fixtures.link("merge", "sync.a.changes", "sync.b.changes", ConflictPolicy.MERGE_DISJOINT_FIELDS));

	private final AtomicBoolean readOnly = new AtomicBoolean();
	private SyncScopeStore store;
	private ResolutionService people;
	private AutomaticPolicies automatic;

	@BeforeEach
	void openStore() throws Exception {
		store = SyncScopeStore.open(TestOutput.scratchFolder("automatic-").resolve("db"));
		LinkDirectory links = id -> Optional.ofNullable(LINKS.get(id))
				.map(link -> new LinkDirectory.LinkTarget(link, "cluster-1"));
		people = new ResolutionService(store, links, new ConsoleSettings("alice", false,
				ConsoleSettings.RESOLVER_REPLICA), CLOCK, () -> {
				}, RowWriteBack.NONE);
		automatic = new AutomaticPolicies(new ResolutionService(store, links, new ConsoleSettings(
				AutomaticPolicies.OPERATOR, false, ConsoleSettings.RESOLVER_REPLICA), CLOCK, () -> {
				}, RowWriteBack.NONE), readOnly::get, error -> {
					throw new AssertionError(error);
				});
		List<ChangeEvent> disjoint = Fixtures.disjointEdits("order-1");
		List<ChangeEvent> merge = List.of(order3("NEW", "a-1", 1_000, "a-1", 1), order3("PAID", "a-1", 2_000, "a-1", 2),
				order3("CANCELLED", "b-1", 3_000, "a-1", 1, "b-1", 1));
		try (ConflictRecorder recorder = new ConflictRecorder(store, CLOCK, error -> {
			throw new AssertionError(error);
		})) {
			recorder.captured(Fixtures.captured(LINKS.get("lww"), disjoint.subList(1, 3), Optional.of(disjoint.get(0))));
			List<ChangeEvent> manual = Fixtures.disjointEdits("order-2");
			recorder.captured(Fixtures.captured(LINKS.get("manual"), manual.subList(1, 3), Optional.of(manual.get(0))));
			recorder.captured(Fixtures.captured(LINKS.get("merge"), merge.subList(1, 3), Optional.of(merge.get(0))));
			recorder.flush().get();
		}
	}

	@AfterEach
	void closeStore() throws SQLException {
		automatic.close();
		store.close();
	}

	@Test
	void whatTheLinksPolicyDecidesIsResolvedAndAuditedTheRestWaitsForAPerson() throws Exception {
		assertEquals(1, automatic.resolvePending());
		assertEquals(0, automatic.resolvePending(), "nothing left that a policy decides");

		assertEquals(ConflictState.RESOLVED, state("lww"));
		assertEquals(ConflictState.OPEN, state("manual"), "a MANUAL link's conflict waits for a person");
		assertEquals(ConflictState.OPEN, state("merge"), "the same field changed differently: the policy cannot say");
		assertEquals(1, store.read(Outbox::pending).stream().map(OutboxEntry::resolutionId).distinct().count(),
				"the resolution waits to be published");
		List<AuditEntry> audit = people.audit(AuditQuery.ALL);
		assertEquals(1, audit.size());
		assertEquals(AutomaticPolicies.OPERATOR, audit.get(0).operator());
		assertEquals("RESOLVE_LAST_WRITER_WINS", audit.get(0).action());
		assertTrue(audit.get(0).reason().contains("LAST_WRITER_WINS"), audit.get(0).reason());
	}

	@Test
	void aReadOnlyConsoleLetsNoPolicyResolveAnything() throws Exception {
		readOnly.set(true);
		assertEquals(0, automatic.resolvePending());
		assertEquals(ConflictState.OPEN, state("lww"));
		assertTrue(store.read(Outbox::pending).isEmpty());

		readOnly.set(false);
		assertEquals(1, automatic.resolvePending(), "resolved once the console may change things again");
	}

	private ConflictState state(String linkId) throws SQLException {
		return people.conflicts(List.of(ConflictState.values())).stream().filter(c -> c.linkId().equals(linkId))
				.map(StoredConflict::state).findFirst().orElseThrow();
	}

	/** A version of order-3 with {@code status}: the two sides change the same field. */
	private static ChangeEvent order3(String status, String origin, long timestamp, Object... vector) {
		return Fixtures.event("order-3", origin, timestamp, "{\"status\":\"" + status + "\",\"amount\":10}", vector);
	}
}
