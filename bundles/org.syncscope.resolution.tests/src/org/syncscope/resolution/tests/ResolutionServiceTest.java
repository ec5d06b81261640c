package org.syncscope.resolution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.Operation;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.core.policy.Resolution;
import org.syncscope.core.vv.Causality;
import org.syncscope.kafka.monitor.CdcSettings;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.resolution.Applied;
import org.syncscope.resolution.ConflictRecorder;
import org.syncscope.resolution.ConflictState;
import org.syncscope.resolution.ConsoleSettings;
import org.syncscope.resolution.Decision;
import org.syncscope.resolution.FieldDiff;
import org.syncscope.resolution.Proposal;
import org.syncscope.resolution.ResolutionException;
import org.syncscope.resolution.ResolutionService;
import org.syncscope.resolution.RowWriteBack;
import org.syncscope.resolution.SensitiveFields;
import org.syncscope.resolution.StoredConflict;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.store.audit.AuditEntry;
import org.syncscope.store.audit.AuditQuery;
import org.syncscope.store.outbox.Outbox;
import org.syncscope.store.outbox.OutboxEntry;
import org.syncscope.testing.TestOutput;

/**
 * The console's service layer on a real Derby store: every action writes its state, resolution, outbox row
 * and audit entry together (or nothing), needs a reason, masks sensitive fields, and read-only mode changes
 * nothing.
 */
class ResolutionServiceTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
	private final LinkSpec link = Fixtures.link("orders", "sync.a.changes", "sync.b.changes",
			ConflictPolicy.LAST_WRITER_WINS);
	private final AtomicInteger nudges = new AtomicInteger();
	private SyncScopeStore store;
	private ResolutionService service;

	@BeforeEach
	void openStoreWithOneConflict() throws Exception {
		store = SyncScopeStore.open(TestOutput.scratchFolder("resolution-").resolve("db"));
		service = service(false);
		record("order-1");
	}

	@AfterEach
	void closeStore() throws SQLException {
		store.close();
	}

	private ResolutionService service(boolean readOnly) {
		return new ResolutionService(store, Fixtures.directory(link, "cluster-1"),
				new ConsoleSettings("alice", readOnly, ConsoleSettings.RESOLVER_REPLICA), CLOCK,
				nudges::incrementAndGet, RowWriteBack.NONE);
	}

	private void record(String key) throws Exception {
		List<ChangeEvent> events = Fixtures.disjointEdits(key);
		try (ConflictRecorder recorder = new ConflictRecorder(store, CLOCK, error -> {
			throw new AssertionError(error);
		})) {
			recorder.captured(Fixtures.captured(link, events.subList(1, 3), Optional.of(events.get(0))));
			recorder.flush().get();
		}
	}

	private StoredConflict only() throws SQLException {
		List<StoredConflict> pending = service.pending();
		assertEquals(1, pending.size(), "one pending conflict");
		return pending.get(0);
	}

	@Test
	void aRecordedConflictKeepsItsFullSiblingsAndAncestor() throws Exception {
		StoredConflict conflict = only();
		assertTrue(conflict.complete());
		assertEquals(List.of("a-1", "b-1"), conflict.replicas());
		assertTrue(conflict.ancestor().isPresent());
		FieldDiff diff = FieldDiff.of(conflict.siblings(), conflict.ancestor());
		assertEquals(2, diff.differingCount(), "status and amount differ");
		assertEquals(0, diff.clashCount(), "each changed on one side only");
	}

	@Test
	void keepingOneSideCommitsStateResolutionOutboxAndAuditTogether() throws Exception {
		StoredConflict conflict = only();
		ChangeEvent kept = conflict.siblings().get(1);
		Proposal proposal = service.propose(conflict, new Decision.KeepVersion(kept.eventId()));
		Applied applied = service.apply(proposal, "b-1 is the system of record for amounts");

		for (ChangeEvent sibling : conflict.siblings()) {
			assertEquals(Causality.AFTER, applied.event().version().compare(sibling.version()), "dominates");
		}
		assertEquals(kept.payload(), applied.event().payload());
		assertEquals(ConflictState.RESOLVED, service.conflict(conflict.id()).orElseThrow().state());
		List<OutboxEntry> outbox = store.read(Outbox::pending);
		assertEquals(List.of("sync.a.changes", "sync.b.changes"), outbox.stream().map(OutboxEntry::topic).toList(),
				"announced on the link's change log and on its target's, which carries it back to the source");
		assertTrue(outbox.stream().allMatch(entry -> entry.resolutionId().equals(applied.resolutionId())));
		assertEquals(applied.outboxId(), outbox.get(0).id());
		assertEquals(1, nudges.get(), "the publisher was nudged after the commit");
		AuditEntry audit = service.audit(AuditQuery.ALL).get(0);
		assertEquals("RESOLVE_KEEP_VERSION", audit.action());
		assertEquals("alice", audit.operator());
		assertEquals("order-1", audit.key());
		assertTrue(audit.before().contains("PAID") && audit.after().contains("12"), audit.after());
		assertFalse(audit.before().contains("ada@example.com") || audit.after().contains("ada@example.com"),
				"sensitive fields are masked in the audit trail");
		assertThrows(ResolutionException.class, () -> service.apply(proposal, "again"), "already resolved");
	}

	@Test
	void takingTheNonConflictingChangesMergesBothSides() throws Exception {
		Proposal proposal = service.propose(only(), new Decision.TakeNonConflicting());
		assertEquals("PAID", proposal.event().payload().field("status").orElseThrow().asText());
		assertEquals(12, proposal.event().payload().field("amount").orElseThrow().asInt());
		service.apply(proposal, "both edits are fine");
		assertEquals("RESOLVE_NON_CONFLICTING", service.audit(AuditQuery.ALL).get(0).action());
	}

	@Test
	void aManualMergeWritesTheEditedPayload() throws Exception {
		StoredConflict conflict = only();
		Proposal proposal = service.propose(conflict, new Decision.Merge(Operation.UPSERT,
				Fixtures.json("{\"status\":\"SHIPPED\",\"amount\":11}")));
		Applied applied = service.apply(proposal, "agreed with both regions");
		assertEquals("SHIPPED", applied.event().payload().field("status").orElseThrow().asText());
		assertEquals(ConsoleSettings.RESOLVER_REPLICA, applied.event().origin());
	}

	@Test
	void theLinkPolicyIsAdvisedAndApplied() throws Exception {
		StoredConflict conflict = only();
		Resolution advice = service.advise(conflict);
		assertTrue(advice instanceof Resolution.Resolved resolved && resolved.explanation().contains("b-1"),
				"last writer (b-1 at 3000) wins: " + advice);
		Applied applied = service.apply(service.propose(conflict, new Decision.ApplyPolicy(link.policy())), "policy");
		assertEquals(12, applied.event().payload().field("amount").orElseThrow().asInt());
		assertThrows(ResolutionException.class, () -> service.propose(conflict, new Decision.ApplyPolicy(
				ConflictPolicy.MANUAL)), "MANUAL decides nothing");
	}

	@Test
	void bulkResolutionAppliesExactlyWhatWasPreviewed() throws Exception {
		record("order-2");
		record("order-3");
		List<StoredConflict> pending = service.pending();
		assertEquals(3, pending.size());
		List<Proposal> preview = service.proposeBulk(pending, ConflictPolicy.SOURCE_WINS);
		assertEquals(3, preview.size());
		List<Applied> applied = service.applyBulk(preview, "source is authoritative during the migration");
		assertEquals(3, applied.size());
		for (int i = 0; i < 3; i++) {
			assertEquals(preview.get(i).event(), applied.get(i).event(), "what was shown is what is written");
		}
		assertEquals(3 * 2, store.read(Outbox::pending).size(), "each on both change logs of the link");
		assertEquals(3, service.audit(new AuditQuery("orders", "RESOLVE_SOURCE_WINS", "", 10)).size());
		assertTrue(service.pending().isEmpty());
	}

	@Test
	void deferAndIgnoreNeedAReasonAndAreAudited() throws Exception {
		StoredConflict conflict = only();
		assertThrows(ResolutionException.class, () -> service.defer(conflict, " "));
		service.defer(conflict, "waiting for the customer");
		assertEquals(ConflictState.DEFERRED, service.conflict(conflict.id()).orElseThrow().state());
		service.ignore(service.conflict(conflict.id()).orElseThrow(), "test data");
		assertTrue(service.pending().isEmpty());
		List<AuditEntry> audit = service.audit(AuditQuery.ALL);
		assertEquals(List.of("IGNORE", "DEFER"), audit.stream().map(AuditEntry::action).toList());
		assertEquals("waiting for the customer", audit.get(1).reason());
		assertTrue(store.read(Outbox::pending).isEmpty(), "no write-back for defer or ignore");
	}

	@Test
	void revealingAMaskedValueIsAudited() throws Exception {
		StoredConflict conflict = only();
		ChangeEvent sibling = conflict.siblings().get(0);
		assertEquals(SensitiveFields.MASK, SensitiveFields.mask(sibling.payload().toObjectNode(), link.sensitiveFields())
				.get("customer").get("email").asText());
		assertThrows(ResolutionException.class, () -> service.reveal(conflict, sibling.eventId(), "customer.email", ""));
		assertEquals("\"ada@example.com\"",
				service.reveal(conflict, sibling.eventId(), "customer.email", "customer called support"));
		AuditEntry audit = service.audit(AuditQuery.ALL).get(0);
		assertEquals("REVEAL", audit.action());
		assertTrue(audit.after().contains("customer.email"));
		assertEquals("customer called support", audit.reason());
	}

	@Test
	void aResolutionOnALinkOfDebeziumEventsIsWrittenIntoItsDatabaseNotItsTopic() throws Exception {
		List<String> writes = new ArrayList<>();
		ResolutionService cdcService = cdcService((linkId, key, row, originColumn) -> {
			writes.add(linkId + " " + key + " " + row + " " + originColumn);
			return "the eu database";
		});
		StoredConflict conflict = only();
		ChangeEvent kept = conflict.siblings().get(0);
		Proposal proposal = cdcService.propose(conflict, new Decision.KeepVersion(kept.eventId()));

		Applied applied = cdcService.apply(proposal, "eu is right");

		assertEquals(List.of(link.id() + " " + conflict.key() + " " + kept.payload().toObjectNode() + " "
				+ CdcSettings.DEFAULT_ORIGIN_COLUMN), writes, "the kept row, once, into the link's database");
		assertEquals(Applied.NO_OUTBOX, applied.outboxId());
		StoredConflict resolved = cdcService.conflict(conflict.id()).orElseThrow();
		assertEquals(ConflictState.RESOLVED, resolved.state());
		assertTrue(store.read(Outbox::pending).isEmpty(), "nothing for the Debezium topic");
		AuditEntry audit = cdcService.audit(AuditQuery.ALL).get(0);
		assertEquals("RESOLVE_KEEP_VERSION", audit.action());
		assertEquals("eu is right", audit.reason());
	}

	@Test
	void aWriteIntoTheDatabaseThatFailsCommitsNothing() throws Exception {
		ResolutionService cdcService = cdcService((linkId, key, row, originColumn) -> {
			throw new ResolutionException("Cannot write the resolution of " + key + ": connection refused");
		});
		StoredConflict conflict = only();
		Proposal proposal = cdcService.propose(conflict,
				new Decision.KeepVersion(conflict.siblings().get(0).eventId()));

		ResolutionException refused = assertThrows(ResolutionException.class,
				() -> cdcService.apply(proposal, "eu is right"));

		assertTrue(refused.getMessage().contains("connection refused"), refused::getMessage);
		assertEquals(ConflictState.OPEN, cdcService.conflict(conflict.id()).orElseThrow().state());
		assertTrue(cdcService.audit(AuditQuery.ALL).isEmpty(), "no audit entry for what did not happen");
		assertTrue(store.read(Outbox::pending).isEmpty());
	}

	private ResolutionService cdcService(RowWriteBack rowWriteBack) {
		LinkSpec cdc = new LinkSpec(link.id(), link.name(), link.source(), link.target(), link.topic(),
				link.applierGroup(), link.targetTopics(), link.lagSettings(), link.policy(), link.sensitiveFields(),
				link.sourceReplica(), link.targetReplica(),
				Optional.of(new CdcSettings(CdcSettings.DEFAULT_ORIGIN_COLUMN, Optional.empty())));
		return new ResolutionService(store, Fixtures.directory(cdc, "cluster-1"),
				new ConsoleSettings("alice", false, ConsoleSettings.RESOLVER_REPLICA), CLOCK,
				nudges::incrementAndGet, rowWriteBack);
	}

	@Test
	void readOnlyModeShowsEverythingAndChangesNothing() throws Exception {
		ResolutionService viewer = service(true);
		StoredConflict conflict = viewer.pending().get(0);
		Proposal proposal = viewer.propose(conflict, new Decision.TakeNonConflicting());
		assertThrows(ResolutionException.class, () -> viewer.apply(proposal, "reason"));
		assertThrows(ResolutionException.class, () -> viewer.applyBulk(List.of(proposal), "reason"));
		assertThrows(ResolutionException.class, () -> viewer.defer(conflict, "reason"));
		assertThrows(ResolutionException.class, () -> viewer.ignore(conflict, "reason"));
		assertEquals(ConflictState.OPEN, viewer.conflict(conflict.id()).orElseThrow().state());
		assertTrue(store.read(Outbox::pending).isEmpty());
		assertTrue(viewer.audit(AuditQuery.ALL).isEmpty());
	}

	@Test
	void aConflictThatGainedASiblingSinceItWasShownIsNotResolvedBlindly() throws Exception {
		StoredConflict shown = only();
		Proposal proposal = service.propose(shown, new Decision.TakeNonConflicting());
		List<ChangeEvent> events = Fixtures.disjointEdits("order-1");
		ChangeEvent third = Fixtures.event("order-1", "c-1", 4_000, "{\"status\":\"VOID\"}", "a-1", 1, "c-1", 1);
		try (ConflictRecorder recorder = new ConflictRecorder(store, CLOCK, error -> {
		})) {
			recorder.captured(Fixtures.captured(link, List.of(events.get(1), events.get(2), third), Optional.empty()));
			recorder.flush().get();
		}
		assertThrows(ResolutionException.class, () -> service.apply(proposal, "stale"));
		assertEquals(3, only().siblings().size());
	}
}
