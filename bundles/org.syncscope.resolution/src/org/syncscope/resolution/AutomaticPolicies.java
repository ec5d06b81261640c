package org.syncscope.resolution;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.kafka.monitor.LinkSpec;

/**
 * Resolves the conflicts of links whose policy is automatic (anything but {@link ConflictPolicy#MANUAL}) as
 * that policy decides, soon after they are recorded: written back like a person's resolution and audited
 * under the operator {@value #OPERATOR}, the reason naming the policy and what it did (for field rules, the
 * rules applied). A conflict the policy cannot decide
 * (say, both sides changed the same field under "merge disjoint fields") stays for a person and is tried
 * again only once it gains a version. Nothing is resolved while the console is read-only. Runs on its own
 * thread.
 */
public final class AutomaticPolicies implements AutoCloseable {

	/** Who the audit log names for an automatic resolution. */
	public static final String OPERATOR = "automatic policy";

	private final ResolutionService service;
	private final BooleanSupplier readOnly;
	private final Map<Long, List<UUID>> undecided = new HashMap<>();
	private final Periodic rounds;

	/**
	 * Resolves with {@code service} (whose operator is {@link #OPERATOR}), except while {@code readOnly} says the
	 * console is read-only; reports failures to {@code errors}.
	 */
	public AutomaticPolicies(ResolutionService service, BooleanSupplier readOnly, Consumer<String> errors) {
		this.service = service;
		this.readOnly = readOnly;
		this.rounds = new Periodic("Automatic conflict resolution", "syncscope-automatic-policies", errors);
	}

	/** Resolves what is pending every {@code every}, from now on. */
	public void start(Duration every) {
		rounds.start(every, every, this::resolvePending);
	}

	/** One round: resolves each open conflict its link's automatic policy decides; returns how many. */
	public synchronized int resolvePending() throws SQLException {
		if (readOnly.getAsBoolean()) {
			return 0;
		}
		int resolved = 0;
		List<StoredConflict> open = service.conflicts(List.of(ConflictState.OPEN));
		undecided.keySet().retainAll(open.stream().map(StoredConflict::id).toList());
		for (StoredConflict conflict : open) {
			Optional<ConflictPolicy> policy = service.link(conflict.linkId()).map(LinkSpec::policy)
					.filter(linkPolicy -> linkPolicy != ConflictPolicy.MANUAL);
			if (policy.isEmpty() || !conflict.complete() || ids(conflict).equals(undecided.get(conflict.id()))) {
				continue;
			}
			try {
				Proposal proposal = service.propose(conflict, new Decision.ApplyPolicy(policy.get()));
				service.apply(proposal, "the link's policy " + proposal.explanation());
				undecided.remove(conflict.id());
				resolved++;
			} catch (ResolutionException notDecided) {
				undecided.put(conflict.id(), ids(conflict));
			}
		}
		return resolved;
	}

	private static List<UUID> ids(StoredConflict conflict) {
		return conflict.siblings().stream().map(ChangeEvent::eventId).toList();
	}

	@Override
	public void close() {
		rounds.close();
	}
}
