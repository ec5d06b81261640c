package org.syncscope.resolution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.Operation;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.core.policy.Resolution;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.store.KeyErasure;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.store.audit.AuditEntry;
import org.syncscope.store.audit.AuditLog;
import org.syncscope.store.audit.AuditQuery;
import org.syncscope.store.audit.AuditTrailVerifier;
import org.syncscope.store.audit.AuditVerification;
import org.syncscope.store.outbox.Outbox;
import org.syncscope.resolution.LinkDirectory.LinkTarget;

/**
 * What the conflict console does, without any UI: lists stored conflicts, proposes the event a decision
 * would write, and applies it by committing in one transaction the conflict's new state, the resolution, the
 * outbox record that publishes it and the audit entry; then it nudges the outbox publisher. On a link of
 * Debezium's events the resolved row is written into the link's source database instead ({@link RowWriteBack})
 * while the conflict is locked, and the transaction commits only once it was written. Defer, ignore and
 * revealing a masked value are audited the same way. Every change needs a reason and is refused in read-only
 * mode. Calls block on the store: call them from a background job, never from the UI thread.
 */
public final class ResolutionService {

	private final SyncScopeStore store;
	private final LinkDirectory links;
	private volatile ConsoleSettings settings;
	private final Clock clock;
	private final Runnable committed;
	private final RowWriteBack rowWriteBack;

	/**
	 * A service on {@code store}; {@code committed} is run after each commit that adds outbox rows;
	 * {@code rowWriteBack} writes the resolutions of links of Debezium's events into their databases.
	 */
	public ResolutionService(SyncScopeStore store, LinkDirectory links, ConsoleSettings settings, Clock clock,
			Runnable committed, RowWriteBack rowWriteBack) {
		this.store = store;
		this.links = links;
		this.settings = settings;
		this.clock = clock;
		this.committed = committed;
		this.rowWriteBack = rowWriteBack;
	}

	/** Who and how: the operator, read-only mode. */
	public ConsoleSettings settings() {
		return settings;
	}

	/**
	 * From now on, actions are audited under {@code operator} and refused when {@code readOnly} (the operator's
	 * preferences changed); resolutions keep this workstation's resolver replica.
	 */
	public void changeOperator(String operator, boolean readOnly) {
		settings = new ConsoleSettings(operator, readOnly, settings.resolverReplica());
	}

	/** Conflicts in any of {@code states}, oldest first. */
	public List<StoredConflict> conflicts(List<ConflictState> states) throws SQLException {
		return store.read(connection -> ConflictRecords.inStates(connection, states));
	}

	/** Conflicts waiting for an operator (open or deferred). */
	public List<StoredConflict> pending() throws SQLException {
		return conflicts(List.of(ConflictState.OPEN, ConflictState.DEFERRED));
	}

	/** Conflict {@code id}, if stored. */
	public Optional<StoredConflict> conflict(long id) throws SQLException {
		return store.read(connection -> ConflictRecords.get(connection, id, false));
	}

	/** The link a conflict was detected on, if still monitored. */
	public Optional<LinkSpec> link(String linkId) {
		return links.link(linkId).map(LinkTarget::spec);
	}

	/** The event {@code decision} would write for {@code conflict}; nothing is stored. */
	public Proposal propose(StoredConflict conflict, Decision decision) throws ResolutionException {
		return Proposals.propose(conflict, decision, target(conflict.linkId()).spec(), settings, clock);
	}

	/** What the link's automatic policy would do with {@code conflict}, and why. */
	public Resolution advise(StoredConflict conflict) throws ResolutionException {
		return Proposals.advise(conflict, target(conflict.linkId()).spec(), settings, clock);
	}

	/** Proposals of {@code policy} for each conflict; conflicts the policy cannot decide are left out. */
	public List<Proposal> proposeBulk(List<StoredConflict> conflicts, ConflictPolicy policy) {
		List<Proposal> proposals = new ArrayList<>();
		for (StoredConflict conflict : conflicts) {
			try {
				proposals.add(propose(conflict, new Decision.ApplyPolicy(policy)));
			} catch (ResolutionException undecided) {
				// shown to the operator as "not decided" by comparing with the selection
			}
		}
		return proposals;
	}

	/**
	 * Commits {@code proposal} exactly as it was shown: conflict RESOLVED, resolution row, outbox row and audit
	 * entry in one transaction; on a link of Debezium's events the row written into its source database instead
	 * of the outbox row.
	 *
	 * @throws ResolutionException in read-only mode, without a reason, when the conflict changed since, or when
	 *                             the row cannot be written into a database (then nothing is committed)
	 */
	public Applied apply(Proposal proposal, String reason) throws ResolutionException, SQLException {
		checkWritable(reason);
		LinkTarget target = target(proposal.conflict().linkId());
		if (target.spec().cdc().isPresent()) {
			return applyToDatabase(proposal, reason, target);
		}
		String action = "RESOLVE_" + proposal.decision().label();
		Applied applied = transaction(connection -> {
			StoredConflict current = lockPending(connection, proposal.conflict());
			ChangeEvent event = proposal.event();
			insertResolution(connection, current.id(), proposal);
			ConflictRecords.setState(connection, current.id(), ConflictState.RESOLVED,
					reason + " (" + proposal.explanation() + ")", clock.instant());
			long outboxId = announce(connection, proposal.resolutionId(), target, event);
			audit(connection, current, action,
					AuditValues.of(current.siblings(), target.spec().sensitiveFields()),
					AuditValues.of(event, target.spec().sensitiveFields()).toString(), reason);
			return new Applied(current.id(), proposal.resolutionId(), event, outboxId);
		});
		committed.run();
		return applied;
	}

	/**
	 * Adds the resolution's outbox records: one on the link's change log, which the link carries to its target,
	 * and one on each change log of the target, which the link's other direction carries back to its source;
	 * a conflict is recorded once for both directions, so announcing it on one log alone would leave one
	 * region without the resolution. Other regions reading both logs see the same event twice and apply it
	 * once (same id, same version). Returns the id of the first record.
	 */
	private long announce(Connection connection, String resolutionId, LinkTarget target, ChangeEvent event)
			throws SQLException {
		byte[] value = EventsJson.encode(event);
		long first = Outbox.add(connection, resolutionId, target.clusterId(), target.spec().topic(), event.key(), value,
				clock.instant());
		for (String topic : new TreeSet<>(target.spec().targetTopics())) {
			Outbox.add(connection, resolutionId, target.clusterId(), topic, event.key(), value, clock.instant());
		}
		return first;
	}

	/**
	 * Writes the resolved row into the source database of {@code target} (a link of Debezium's events) while the
	 * conflict is locked, then commits its state, the resolution and the audit entry; a failed write commits
	 * nothing. Its connector captures the write and the link's sink carries it to the other region.
	 */
	private Applied applyToDatabase(Proposal proposal, String reason, LinkTarget target)
			throws ResolutionException, SQLException {
		ChangeEvent event = proposal.event();
		if (event.operation() == Operation.DELETE) {
			throw new ResolutionException("A resolution that deletes the row is not written into databases: delete "
					+ proposal.conflict().key() + " there, then Ignore the conflict here");
		}
		String originColumn = target.spec().cdc().orElseThrow().originColumn();
		return transaction(connection -> {
			StoredConflict current = lockPending(connection, proposal.conflict());
			String written = rowWriteBack.write(target.spec().id(), current.key(), event.payload().toObjectNode(),
					originColumn);
			insertResolution(connection, current.id(), proposal);
			ConflictRecords.setState(connection, current.id(), ConflictState.RESOLVED,
					reason + " (" + proposal.explanation() + "; written into " + written + ")", clock.instant());
			audit(connection, current, "RESOLVE_" + proposal.decision().label(),
					AuditValues.of(current.siblings(), target.spec().sensitiveFields()),
					AuditValues.of(event, target.spec().sensitiveFields()).toString(), reason);
			return new Applied(current.id(), proposal.resolutionId(), event, Applied.NO_OUTBOX);
		});
	}

	/** Applies each of {@code proposals} in its own transaction; returns those applied (stale ones skipped). */
	public List<Applied> applyBulk(List<Proposal> proposals, String reason) throws ResolutionException, SQLException {
		checkWritable(reason);
		List<Applied> applied = new ArrayList<>();
		for (Proposal proposal : proposals) {
			try {
				applied.add(apply(proposal, "bulk: " + reason));
			} catch (ResolutionException stale) {
				// changed since the preview: left for the operator
			}
		}
		return applied;
	}

	/** Puts {@code conflict} aside; it stays in the queue. */
	public void defer(StoredConflict conflict, String reason) throws ResolutionException, SQLException {
		changeState(conflict, ConflictState.DEFERRED, "DEFER", reason);
	}

	/** Leaves {@code conflict} as it is; it leaves the queue until the detector closes it. */
	public void ignore(StoredConflict conflict, String reason) throws ResolutionException, SQLException {
		changeState(conflict, ConflictState.IGNORED, "IGNORE", reason);
	}

	/**
	 * The clear value at sensitive {@code path} of sibling {@code eventId}; the reveal is audited first. Allowed
	 * in read-only mode (it changes no data) but never without a reason.
	 */
	public String reveal(StoredConflict conflict, UUID eventId, String path, String reason)
			throws ResolutionException, SQLException {
		requireReason(reason);
		ChangeEvent event = conflict.siblings().stream().filter(e -> e.eventId().equals(eventId)).findFirst()
				.orElseThrow(() -> new ResolutionException("Version " + eventId + " is not a sibling"));
		transaction(connection -> {
			audit(connection, conflict, "REVEAL", "", path + " of " + event.origin() + " version " + eventId, reason);
			return null;
		});
		return SensitiveFields.valueAt(event.payload().toObjectNode(), path).map(Object::toString).orElse("");
	}

	/**
	 * Records that the operator revealed every sensitive field of {@code conflict}'s versions (the console then
	 * shows them in clear); allowed in read-only mode, never without a reason.
	 */
	public void revealAll(StoredConflict conflict, String reason) throws ResolutionException, SQLException {
		requireReason(reason);
		List<String> paths = link(conflict.linkId()).map(LinkSpec::sensitiveFields).orElse(List.of());
		transaction(connection -> {
			audit(connection, conflict, "REVEAL", "", String.join(", ", paths) + " of " + conflict.siblings().size()
					+ " versions", reason);
			return null;
		});
	}

	/** The audit trail as {@code query} selects it. */
	public List<AuditEntry> audit(AuditQuery query) throws SQLException {
		return store.read(connection -> AuditLog.query(connection, query));
	}

	/**
	 * Forget Key: erases what the store keeps of {@code key} (its conflicts, resolutions, outbox and
	 * quarantined records; the key and values of its audit rows) and compacts the store so the bytes leave
	 * Derby's files. Audited under {@value #FORGET_KEY} with the counts and the key's SHA-256, not the key.
	 */
	public KeyErasure.Erased forgetKey(String key, String reason) throws ResolutionException, SQLException {
		checkWritable(reason);
		if (key == null || key.isBlank()) {
			throw new ResolutionException("A record key is required");
		}
		KeyErasure.Erased erased = transaction(connection -> {
			KeyErasure.Erased done = KeyErasure.erase(connection, key);
			AuditLog.append(connection, new AuditEntry(0, clock.instant(), settings.operator(), FORGET_KEY, "",
					KeyErasure.fingerprint(key), 0, "", done.summary(), reason.strip()));
			return done;
		});
		store.read(connection -> {
			KeyErasure.compact(connection);
			return null;
		});
		return erased;
	}

	/**
	 * Purges the captured events of closed conflicts older than their link's payload retention (links without
	 * one keep them), each link's purge audited under {@value #PURGE_PAYLOADS} with its count.
	 *
	 * @return how many conflicts' events were purged
	 */
	public int purgeExpiredPayloads(Instant now) throws SQLException, ResolutionException {
		int purged = 0;
		for (String linkId : store.read(ClosedPayloads::linksKeepingThem)) {
			Duration retention = link(linkId).map(LinkSpec::payloadRetention).orElse(Duration.ZERO);
			if (retention.isZero() || retention.isNegative()) {
				continue;
			}
			purged += transaction(connection -> {
				int count = ClosedPayloads.purge(connection, linkId, now.minus(retention), now);
				if (count > 0) {
					AuditLog.append(connection, new AuditEntry(0, now, RETENTION_OPERATOR, PURGE_PAYLOADS, linkId, "",
							0, "", "{\"conflicts\":" + count + "}", "the link keeps captured events "
									+ retention.toDays() + " days"));
				}
				return count;
			});
		}
		return purged;
	}

	/** Checks the audit trail's hash chain; see {@link AuditTrailVerifier}. */
	public AuditVerification verifyAuditTrail() throws SQLException {
		return store.read(AuditTrailVerifier::verify);
	}

	private void changeState(StoredConflict conflict, ConflictState state, String action, String reason)
			throws ResolutionException, SQLException {
		checkWritable(reason);
		transaction(connection -> {
			StoredConflict current = lockPending(connection, conflict);
			ConflictRecords.setState(connection, current.id(), state, reason, clock.instant());
			audit(connection, current, action, current.state().name(), state.name(), reason);
			return null;
		});
	}

	private StoredConflict lockPending(Connection connection, StoredConflict expected) throws ResolutionException,
			SQLException {
		StoredConflict current = ConflictRecords.get(connection, expected.id(), true)
				.orElseThrow(() -> new ResolutionException("Conflict " + expected.id() + " no longer exists"));
		if (!current.state().pending()) {
			throw new ResolutionException("Conflict " + current.id() + " on " + current.key() + " is already "
					+ current.state().name().toLowerCase(java.util.Locale.ROOT));
		}
		if (!ids(current).equals(ids(expected))) {
			throw new ResolutionException("Conflict " + current.id() + " on " + current.key()
					+ " gained a version since it was shown; look at it again");
		}
		return current;
	}

	private static List<UUID> ids(StoredConflict conflict) {
		return conflict.siblings().stream().map(ChangeEvent::eventId).toList();
	}

	private void insertResolution(Connection connection, long conflictId, Proposal proposal) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO resolutions (resolution_id, "
				+ "conflict_id, policy, resolved_event, created_at, operator) VALUES (?, ?, ?, ?, ?, ?)")) {
			insert.setString(1, proposal.resolutionId());
			insert.setLong(2, conflictId);
			insert.setString(3, proposal.decision().label());
			insert.setString(4, EventsJson.write(List.of(proposal.event())));
			insert.setLong(5, clock.millis());
			insert.setString(6, settings.operator());
			insert.executeUpdate();
		}
	}

	private void audit(Connection connection, StoredConflict conflict, String action, String before, String after,
			String reason) throws SQLException {
		AuditLog.append(connection, new AuditEntry(0, clock.instant(), settings.operator(), action,
				conflict.linkId(), conflict.key(), conflict.id(), before, after, reason.strip()));
	}

	private LinkTarget target(String linkId) throws ResolutionException {
		return links.link(linkId).orElseThrow(
				() -> new ResolutionException("Link " + linkId + " is not monitored: start monitoring its topology"));
	}

	private void checkWritable(String reason) throws ResolutionException {
		if (settings.readOnly()) {
			throw new ResolutionException("The console is read-only: nothing can be changed");
		}
		requireReason(reason);
	}

	private static void requireReason(String reason) throws ResolutionException {
		if (reason == null || reason.isBlank()) {
			throw new ResolutionException("A reason is required");
		}
	}

	/** Work in a store transaction that may refuse with a {@link ResolutionException}. */
	/** The audit action of {@link #purgeExpiredPayloads}, and who the audit trail names for it. */
	public static final String PURGE_PAYLOADS = "PURGE_PAYLOADS";
	public static final String RETENTION_OPERATOR = "payload retention";

	/** The audit action of {@link #forgetKey}. */
	public static final String FORGET_KEY = "FORGET_KEY";

	@FunctionalInterface
	private interface Work<T> {
		T run(Connection connection) throws SQLException, ResolutionException;
	}

	private <T> T transaction(Work<T> work) throws SQLException, ResolutionException {
		try {
			return store.inTransaction(connection -> {
				try {
					return work.run(connection);
				} catch (ResolutionException refused) {
					throw new Refused(refused);
				}
			});
		} catch (Refused refused) {
			throw refused.cause;
		}
	}

	/** Carries a refusal out of a store transaction, which rolls back on runtime exceptions. */
	private static final class Refused extends RuntimeException {
		private static final long serialVersionUID = 1L;
		private final transient ResolutionException cause;

		Refused(ResolutionException cause) {
			super(cause.getMessage(), null, false, false);
			this.cause = cause;
		}
	}
}
