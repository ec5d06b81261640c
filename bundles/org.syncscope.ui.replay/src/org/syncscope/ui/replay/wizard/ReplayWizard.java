package org.syncscope.ui.replay.wizard;

import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.IPageChangingListener;
import org.eclipse.jface.dialogs.PageChangingEvent;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.syncscope.replay.KeyFilter;
import org.syncscope.replay.RangeText;
import org.syncscope.replay.ReplayException;
import org.syncscope.replay.ReplayJob;
import org.syncscope.replay.ReplayPlan;
import org.syncscope.replay.ReplayRange;
import org.syncscope.replay.ReplayRequest;
import org.syncscope.topology.SyncLink;
import org.syncscope.ui.replay.ReplayAccess;
import org.syncscope.ui.replay.ReplayRun;
import org.syncscope.ui.replay.wizard.ReplayChoice.KeyKind;
import org.syncscope.ui.replay.wizard.ReplayChoice.RangeKind;

/**
 * The replay wizard: choose, dry-run, execute. Turning to the preview page starts the dry run as a job (the
 * page says it runs; Back or Cancel cancels it); Finish schedules the planned replay as a {@link ReplayRun}
 * job, whose progress the Replay History part shows.
 */
public final class ReplayWizard extends Wizard implements IPageChangingListener {

	private final ReplayChoice choice = new ReplayChoice();
	private final List<SyncLink> links;
	private final ReplayAccess access;
	private final IEventBroker events;
	private final String operator;
	private ReplayRequestPage requestPage;
	private ReplayPreviewPage previewPage;
	private ReplayPlan plan;
	private Job dryRun;
	private ReplayRun run;

	/** A wizard over {@code links} of the open topology, starting on {@code initial} (may be null). */
	public ReplayWizard(List<SyncLink> links, SyncLink initial, ReplayAccess access, IEventBroker events,
			String operator) {
		this.links = List.copyOf(links);
		this.access = access;
		this.events = events;
		this.operator = operator;
		choice.link = initial != null ? initial : links.isEmpty() ? null : links.get(0);
		setWindowTitle("Replay Changes");
		setNeedsProgressMonitor(true);
	}

	/** Starts with exactly {@code key} as key filter (a replay from a conflict). */
	public void presetKey(String key) {
		choice.keyKind = KeyKind.EXACT;
		choice.keys = key;
	}

	/** Fills the wizard with a recorded replay, for a repeat from the history. */
	public void repeat(ReplayJob job) throws ReplayException {
		links.stream().filter(link -> job.linkId().equals(link.getId())).findFirst().ifPresent(link -> choice.link = link);
		ReplayRange range = job.range();
		if (range instanceof ReplayRange.ByOffsets offsets) {
			choice.rangeKind = RangeKind.OFFSETS;
			choice.offsets = RangeText.format(offsets.spans());
		} else if (range instanceof ReplayRange.ByTime time) {
			choice.rangeKind = RangeKind.TIME;
			choice.from = time.from().toString();
			choice.to = time.to().toString();
		}
		KeyFilter filter = KeyFilter.parse(job.keyFilter());
		if (filter instanceof KeyFilter.Exact exact) {
			choice.keyKind = KeyKind.EXACT;
			choice.keys = exact.spec().substring("keys:".length());
		} else if (filter instanceof KeyFilter.Regex regex) {
			choice.keyKind = KeyKind.PATTERN;
			choice.keys = regex.pattern().pattern();
		}
		choice.target = job.targetTopic();
		choice.reason = "Repeat of " + job.id().substring(0, 8) + ": " + job.reason();
	}

	@Override
	public void addPages() {
		requestPage = new ReplayRequestPage(links, choice, operator);
		previewPage = new ReplayPreviewPage();
		addPage(requestPage);
		addPage(previewPage);
	}

	@Override
	public void setContainer(IWizardContainer container) {
		super.setContainer(container);
		if (container instanceof WizardDialog dialog) {
			dialog.addPageChangingListener(this);
		}
	}

	@Override
	public void handlePageChanging(PageChangingEvent event) {
		if (event.getCurrentPage() == requestPage && event.getTargetPage() == previewPage) {
			event.doit = startDryRun();
		} else if (event.getCurrentPage() == previewPage) {
			cancelDryRun();
		}
	}

	/** The choice changed: a plan made before no longer holds. */
	void choiceChanged() {
		plan = null;
		if (previewPage != null && previewPage.getControl() != null) {
			previewPage.show(null);
		}
	}

	/**
	 * Checks the choice and starts the dry run as a job; the preview page shows it running and then its
	 * plan, or why the request is refused. (A dry run inside the dialog's own modal progress loop left GTK
	 * drawing the new page's tables without their rows.)
	 */
	private boolean startDryRun() {
		ReplayRequest request;
		try {
			request = choice.toRequest(operator);
		} catch (ReplayException e) {
			requestPage.setErrorMessage(e.getMessage());
			return false;
		}
		cancelDryRun();
		plan = null;
		previewPage.planning(request);
		Display display = Display.getCurrent();
		Job job = Job.create("Dry run of a replay of " + request.link().sourceTopic(), monitor -> {
			Job self = Job.getJobManager().currentJob();
			try {
				ReplayPlan planned = access.service().plan(request, monitor);
				display.asyncExec(() -> planned(self, planned, null));
			} catch (ReplayException e) {
				display.asyncExec(() -> planned(self, null, e.getMessage()));
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			}
			return Status.OK_STATUS;
		});
		dryRun = job;
		job.schedule();
		return true;
	}

	/** On the UI thread: dry run {@code job} ended with {@code planned}, or refused with {@code refusal}. */
	private void planned(Job job, ReplayPlan planned, String refusal) {
		if (job != dryRun || previewPage.getControl() == null || previewPage.getControl().isDisposed()) {
			return; // cancelled or superseded, or the dialog is closed
		}
		dryRun = null;
		plan = planned;
		if (planned != null) {
			previewPage.show(planned);
		} else {
			previewPage.refused(refusal);
		}
		getContainer().updateButtons();
	}

	private void cancelDryRun() {
		if (dryRun != null) {
			dryRun.cancel();
			dryRun = null;
		}
	}

	@Override
	public boolean performCancel() {
		cancelDryRun();
		return true;
	}

	@Override
	public boolean canFinish() {
		return plan != null && getContainer().getCurrentPage() == previewPage;
	}

	@Override
	public boolean performFinish() {
		run = ReplayRun.of(plan, access, events);
		run.start();
		return true;
	}

	/** The replay Finish started, if any. */
	public ReplayRun run() {
		return run;
	}
}
