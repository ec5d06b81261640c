package org.syncscope.ui.replay.wizard;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.IPageChangingListener;
import org.eclipse.jface.dialogs.PageChangingEvent;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
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
 * The replay wizard: choose, dry-run, execute. Turning to the preview page runs the dry run in the dialog's
 * progress area (forked, cancellable: the UI stays responsive); Finish schedules the planned replay as a
 * {@link ReplayRun} job, whose progress the Replay History part shows.
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
			event.doit = dryRun();
		}
	}

	/** The choice changed: a plan made before no longer holds. */
	void choiceChanged() {
		plan = null;
		if (previewPage != null && previewPage.getControl() != null) {
			previewPage.show(null);
		}
	}

	private boolean dryRun() {
		ReplayRequest request;
		try {
			request = choice.toRequest(operator);
		} catch (ReplayException e) {
			requestPage.setErrorMessage(e.getMessage());
			return false;
		}
		ReplayPlan[] result = new ReplayPlan[1];
		try {
			getContainer().run(true, true, monitor -> {
				try {
					result[0] = access.service().plan(request, monitor);
				} catch (ReplayException e) {
					throw new InvocationTargetException(e);
				} catch (OperationCanceledException e) {
					throw new InterruptedException("The dry run was cancelled");
				}
			});
		} catch (InvocationTargetException e) {
			requestPage.setErrorMessage(e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			requestPage.setErrorMessage("The dry run was cancelled");
			return false;
		}
		plan = result[0];
		previewPage.show(plan);
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
