package org.syncscope.ui.conflicts;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Shell;
import org.syncscope.core.event.Operation;
import org.syncscope.resolution.Applied;
import org.syncscope.resolution.Decision;
import org.syncscope.resolution.Proposal;
import org.syncscope.resolution.ResolutionException;
import org.syncscope.resolution.ResolutionService;
import org.syncscope.resolution.SensitiveFields;
import org.syncscope.resolution.StoredConflict;
import org.syncscope.ui.conflicts.merge.MergeModel;

/**
 * The console's actions, shared by the buttons and the keyboard-bound handlers: each asks for a reason where
 * it changes data (showing what will be written), then commits through the {@link ResolutionService} in a
 * background job and refreshes the list. Proposals are computed on the UI thread (pure, no I/O); nothing
 * here waits on Derby or Kafka on the UI thread.
 */
public final class ConflictActions {

	/** What the actions need from the part that shows the conflicts. */
	public interface Host {
		Shell shell();

		/** Who answers the console's questions (replaceable in the context, as tests do). */
		ConflictPrompts prompts();

		Optional<ResolutionService> service();

		/** The selected conflicts. */
		List<StoredConflict> selection();

		/** The merge in progress of the conflict shown, if any. */
		Optional<MergeModel> merge();

		/** Reloads the list. */
		void refresh();

		/** Shows sensitive values in clear after an audited reveal. */
		void revealed();

		/** Tells the operator something in the status line. */
		void status(String message);
	}

	/** Work in a background job that may be refused. */
	@FunctionalInterface
	private interface Work {
		String run(ResolutionService service) throws Exception;
	}

	private final Host host;
	private final UISynchronize sync;

	public ConflictActions(Host host, UISynchronize sync) {
		this.host = host;
		this.sync = sync;
	}

	/** Whether the console may change data (a store is open and the console is not read-only). */
	public boolean canChange() {
		return host.service().map(service -> !service.settings().readOnly()).orElse(false);
	}

	/** Whether exactly one conflict is shown for merging and data may change. */
	public boolean canDecide() {
		return canChange() && host.merge().isPresent();
	}

	public void applyMerge() {
		host.merge().ifPresent(merge -> decide(merge.conflict(), new Decision.Merge(Operation.UPSERT, merge.merged()),
				"Apply Merge"));
	}

	public void keep(int index) {
		host.merge().filter(merge -> index < merge.siblings().size()).ifPresent(merge -> decide(merge.conflict(),
				new Decision.KeepVersion(merge.siblings().get(index).eventId()), "Keep Version " + (index + 1)));
	}

	public void takeNonConflicting() {
		host.merge().ifPresent(merge -> decide(merge.conflict(), new Decision.TakeNonConflicting(),
				"Take Non-conflicting Changes"));
	}

	public void applyLinkPolicy() {
		host.merge().ifPresent(merge -> host.service().flatMap(service -> service.link(merge.conflict().linkId()))
				.ifPresentOrElse(link -> decide(merge.conflict(), new Decision.ApplyPolicy(link.policy()),
						"Apply Link Policy " + link.policy()),
						() -> host.status("The link of this conflict is not monitored")));
	}

	private void decide(StoredConflict conflict, Decision decision, String action) {
		Optional<ResolutionService> service = host.service();
		if (!canChange() || service.isEmpty()) {
			host.status("The console is read-only or has no store: nothing can be changed");
			return;
		}
		Proposal proposal;
		try {
			proposal = service.get().propose(conflict, decision);
		} catch (ResolutionException refused) {
			host.prompts().failed(host.shell(), action, refused.getMessage());
			return;
		}
		List<String> sensitive = service.get().link(conflict.linkId()).map(l -> l.sensitiveFields()).orElse(List.of());
		String written = proposal.event().operation() + " " + conflict.key() + " = "
				+ SensitiveFields.mask(proposal.event().payload().toObjectNode(), sensitive).toPrettyString();
		host.prompts().reason(host.shell(), action, proposal.explanation() + "\n\nWill write:\n" + written)
				.ifPresent(reason -> background(action, s -> {
					Applied applied = s.apply(proposal, reason);
					String where = applied.outboxId() == Applied.NO_OUTBOX ? "written into the link's source database"
							: "writing it back";
					return "Resolved " + conflict.key() + " (" + action + "); " + where;
				}));
	}

	/** Resolves the selected conflicts with a policy chosen by the operator, after a preview. */
	public void bulk() {
		List<StoredConflict> selection = host.selection();
		Optional<ResolutionService> service = host.service();
		if (!canChange() || service.isEmpty() || selection.isEmpty()) {
			host.status("Select conflicts to resolve (and leave read-only mode)");
			return;
		}
		host.prompts().bulkPolicy(host.shell(), selection.size()).ifPresent(policy -> {
			List<Proposal> proposals = service.get().proposeBulk(selection, policy);
			host.prompts().confirmBulk(host.shell(), proposals, selection.size() - proposals.size())
					.ifPresent(reason -> background("Bulk Resolve", s -> {
						int applied = s.applyBulk(proposals, reason).size();
						return "Bulk " + policy + ": " + applied + " of " + selection.size() + " conflicts resolved";
					}));
		});
	}

	public void defer() {
		changeState("Defer", (service, conflict, reason) -> service.defer(conflict, reason));
	}

	public void ignore() {
		changeState("Ignore", (service, conflict, reason) -> service.ignore(conflict, reason));
	}

	@FunctionalInterface
	private interface StateChange {
		void apply(ResolutionService service, StoredConflict conflict, String reason) throws Exception;
	}

	private void changeState(String action, StateChange change) {
		List<StoredConflict> selection = host.selection();
		if (!canChange() || selection.isEmpty()) {
			host.status("Select conflicts to " + action.toLowerCase(java.util.Locale.ROOT)
					+ " (and leave read-only mode)");
			return;
		}
		host.prompts().reason(host.shell(), action, action + " " + selection.size() + " conflict(s)")
				.ifPresent(reason -> background(action, service -> {
					for (StoredConflict conflict : selection) {
						change.apply(service, conflict, reason);
					}
					return action + ": " + selection.size() + " conflict(s)";
				}));
	}

	/** Reveals the masked fields of the conflict shown, after an audited reason (allowed when read-only). */
	public void reveal() {
		Optional<MergeModel> merge = host.merge();
		if (merge.isEmpty() || host.service().isEmpty()) {
			return;
		}
		host.prompts().reason(host.shell(), "Reveal Sensitive Fields", "Show the masked fields of "
				+ merge.get().conflict().key() + " in clear").ifPresent(reason -> background("Reveal", service -> {
					service.revealAll(merge.get().conflict(), reason);
					sync.asyncExec(host::revealed);
					return "Sensitive fields of " + merge.get().conflict().key() + " revealed (audited)";
				}));
	}

	/** Asks for a field's new JSON value. */
	public Optional<String> editValue(String field, String current) {
		return host.prompts().editValue(host.shell(), field, current);
	}

	/** Tells the operator something in the status line. */
	public void status(String message) {
		host.status(message);
	}

	private void background(String action, Work work) {
		ResolutionService service = host.service().orElseThrow();
		Job job = Job.create("Conflict console: " + action, monitor -> {
			try {
				String done = work.run(service);
				sync.asyncExec(() -> {
					host.status(done);
					host.refresh();
				});
				return Status.OK_STATUS;
			} catch (Exception e) {
				sync.asyncExec(() -> {
					if (!host.shell().isDisposed()) {
						host.prompts().failed(host.shell(), action, e.getMessage());
					}
					host.refresh();
				});
				return Status.OK_STATUS;
			}
		});
		job.schedule();
	}
}
