package org.syncscope.ui.replay.history;

import java.sql.SQLException;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.syncscope.kafka.monitor.SecureStorageCredentials;
import org.syncscope.replay.ReplayException;
import org.syncscope.replay.ReplayJob;
import org.syncscope.replay.ReplayLinks;
import org.syncscope.replay.ReplayProgress;
import org.syncscope.replay.ReplayState;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.topology.SyncLink;
import org.syncscope.ui.replay.ReplayAccess;
import org.syncscope.ui.replay.ReplayEvents;
import org.syncscope.ui.replay.ReplayRun;
import org.syncscope.ui.replay.wizard.ReplayWizard;
import org.syncscope.ui.status.StatusLine;
import org.syncscope.ui.topology.TopologyDocument;

/**
 * Replay History: every replay recorded in the workspace's store, newest first, with the running replay's
 * progress and Cancel on top. A replay can be repeated (the wizard opens filled with it, for a new dry run)
 * or, if it was interrupted, resumed from its last committed batch. The history is read in a job.
 */
public class ReplayHistoryPart {

	/** The part's element id. */
	public static final String ID = "org.syncscope.ui.replay.part.history";

	@Inject
	private ReplayAccess access;
	@Inject
	private UISynchronize sync;
	@Inject
	private IEventBroker events;

	private TopologyDocument document;
	private ProgressStrip strip;
	private TableViewer table;
	private Button repeat;
	private Button resume;
	private boolean running;

	@PostConstruct
	public void create(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		strip = new ProgressStrip(parent);
		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 0).applyTo(buttons);
		button(buttons, "&Refresh", this::refresh);
		repeat = button(buttons, "Re&peat…", this::repeatSelected);
		resume = button(buttons, "Res&ume", this::resumeSelected);
		table = HistoryTable.create(parent);
		table.addSelectionChangedListener(e -> updateButtons());
		updateButtons();
		if (access.isReady()) {
			refresh();
		}
	}

	/** Reads the history once the store add-on has opened the workspace's store (null until then). */
	@Inject
	@Optional
	void storeOpened(SyncScopeStore store) {
		if (store != null && table != null && !table.getControl().isDisposed()) {
			refresh();
		}
	}

	@Inject
	void documentChanged(@Optional TopologyDocument opened) {
		document = opened;
		if (table != null && !table.getControl().isDisposed()) {
			updateButtons();
		}
	}

	/** Reads the newest replays off the UI thread and shows them. */
	public void refresh() {
		Job.create("Reading the replay history", monitor -> {
			try {
				List<ReplayJob> jobs = access.service().jobs().recent(200);
				sync.asyncExec(() -> {
					if (!table.getControl().isDisposed()) {
						table.setInput(jobs);
						updateButtons();
					}
				});
				return Status.OK_STATUS;
			} catch (ReplayException | SQLException e) {
				events.post(StatusLine.TOPIC_MESSAGE, "The replay history cannot be read: " + e.getMessage());
				return Status.warning("The replay history cannot be read", e);
			}
		}).schedule();
	}

	@Inject
	@Optional
	void started(@UIEventTopic(ReplayEvents.STARTED) ReplayRun run) {
		if (strip != null) {
			running = true;
			strip.started(run);
			updateButtons();
		}
	}

	@Inject
	@Optional
	void progressed(@UIEventTopic(ReplayEvents.PROGRESS) ReplayProgress progress) {
		if (strip != null) {
			boolean first = !strip.detail().contains("/");
			strip.progressed(progress);
			if (first) {
				refresh(); // the job's row exists once the first batch is in
			}
		}
	}

	@Inject
	@Optional
	void finished(@UIEventTopic(ReplayEvents.FINISHED) Object outcome) {
		if (strip != null) {
			running = false;
			strip.finished(outcome);
			refresh();
		}
	}

	/** The running replay's bar position out of 1000. */
	public int progressPermille() {
		return strip.permille();
	}

	/** The running replay's progress text, e.g. {@code 1,500 / 4,000 events, 2,310 events/s}. */
	public String progressText() {
		return strip.detail();
	}

	/** The replays shown. */
	public int rowCount() {
		return table.getTable().getItemCount();
	}

	private void repeatSelected() {
		ReplayJob job = selected();
		if (job == null || document == null) {
			return;
		}
		ReplayWizard wizard = new ReplayWizard(document.topology().getLinks(), null, access, events,
				System.getProperty("user.name", "operator"));
		try {
			wizard.repeat(job);
		} catch (ReplayException e) {
			events.send(StatusLine.TOPIC_MESSAGE, e.getMessage());
			return;
		}
		new WizardDialog(table.getControl().getShell(), wizard).open();
	}

	private void resumeSelected() {
		ReplayJob job = selected();
		SyncLink link = link(job);
		if (link == null) {
			events.send(StatusLine.TOPIC_MESSAGE, "Open the topology with link " + (job == null ? "?" : job.linkId())
					+ " to resume its replay");
			return;
		}
		try {
			ReplayRun.resume(job.id(), ReplayLinks.of(link, SecureStorageCredentials.DEFAULT), access, events).start();
		} catch (ReplayException e) {
			events.send(StatusLine.TOPIC_MESSAGE, "Cannot resume: " + e.getMessage());
		}
	}

	private SyncLink link(ReplayJob job) {
		if (job == null || document == null) {
			return null;
		}
		return document.topology().getLinks().stream().filter(l -> job.linkId().equals(l.getId())).findFirst()
				.orElse(null);
	}

	private ReplayJob selected() {
		Object first = ((IStructuredSelection) table.getSelection()).getFirstElement();
		return first instanceof ReplayJob job ? job : null;
	}

	private void updateButtons() {
		ReplayJob job = selected();
		repeat.setEnabled(job != null && document != null);
		resume.setEnabled(job != null && !running && job.state().isResumable() && link(job) != null
				&& job.state() != ReplayState.COMPLETED);
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	@Focus
	public void focus() {
		table.getControl().setFocus();
	}
}
