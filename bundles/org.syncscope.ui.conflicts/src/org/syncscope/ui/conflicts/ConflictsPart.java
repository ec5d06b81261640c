package org.syncscope.ui.conflicts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.syncscope.core.merge.FieldRule;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.core.policy.Resolution;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.resolution.ConsoleSettings;
import org.syncscope.resolution.ResolutionException;
import org.syncscope.resolution.ResolutionService;
import org.syncscope.resolution.StoredConflict;
import org.syncscope.ui.conflicts.merge.CausalityText;
import org.syncscope.ui.conflicts.merge.MergeModel;
import org.syncscope.ui.conflicts.merge.MergeView;
import org.syncscope.ui.status.StatusLine;

/**
 * The conflict console: pending conflicts on the left (filter, counts per link, sortable, multi-select), the
 * detail and merge view of the selected one on the right. The list is reloaded from the store every few
 * seconds by a background job and shown through {@link UISynchronize}; the actions live in
 * {@link ConflictActions}, which this part puts into its context for the keyboard-bound handlers.
 */
public class ConflictsPart implements ConflictActions.Host {

	/** The part's id in the application model. */
	public static final String ID = "org.syncscope.ui.part.conflicts";

	private static final long REFRESH_MILLIS = 2_000;

	@Inject
	private UISynchronize sync;
	@Inject
	private IEventBroker events;
	@Inject
	private ConflictPrompts prompts;
	@Inject
	private ESelectionService selectionService;
	private volatile ResolutionService service;
	private Shell shell;
	private Label banner;
	private FilterBar filterBar;
	private ConflictTable table;
	private MergeView mergeView;
	private Job refreshJob;
	private volatile boolean disposed;

	@PostConstruct
	public void create(Composite parent, IEclipseContext context) {
		shell = parent.getShell();
		ConflictActions actions = new ConflictActions(this, sync);
		context.set(ConflictActions.class, actions);
		GridLayoutFactory.fillDefaults().applyTo(parent);
		banner = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(banner);
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		Composite left = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(left);
		filterBar = new FilterBar(left, filter -> table.filter(filter), this::linkName);
		table = new ConflictTable(left, this::linkName);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		table.viewer().addSelectionChangedListener(event -> {
			List<StoredConflict> selected = table.selection();
			selectionService.setSelection(selected.size() == 1 ? selected.get(0) : null); // e.g. Replay This Key…
			showSelection();
		});
		mergeView = new MergeView(sash, actions);
		sash.setWeights(45, 55);
		refreshJob = Job.create("Loading conflicts", monitor -> {
			load();
			return Status.OK_STATUS;
		});
		refreshJob.setSystem(true);
		updateBanner();
		refresh();
	}

	/** Receives the service once the addon opened the store. */
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void setService(ResolutionService resolutionService) {
		service = resolutionService;
		if (banner != null && !banner.isDisposed()) {
			updateBanner();
			refresh();
		}
	}

	/** The operator changed the console's preferences (operator name, read-only mode). */
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void settingsChanged(@UIEventTopic(ConsolePreferences.TOPIC_CHANGED) ConsoleSettings settings) {
		if (banner != null && !banner.isDisposed()) {
			updateBanner();
		}
	}

	private void updateBanner() {
		ResolutionService current = service;
		banner.setText(current == null ? "Opening the conflict store…"
				: current.settings().readOnly() ? "Read-only (viewer): conflicts are shown, nothing can be changed"
						: "Operator: " + current.settings().operator());
	}

	private void load() {
		ResolutionService current = service;
		if (current == null || disposed) {
			return;
		}
		try {
			List<StoredConflict> pending = current.pending();
			Instant now = Instant.now();
			sync.asyncExec(() -> {
				if (!disposed && !table.viewer().getTable().isDisposed()) {
					table.show(pending, now);
					filterBar.update(pending);
					showSelection();
				}
			});
		} catch (Exception e) {
			status("Could not load conflicts: " + e.getMessage());
		} finally {
			if (!disposed) {
				refreshJob.schedule(REFRESH_MILLIS);
			}
		}
	}

	/** The name of the link with {@code id}, as the dashboard shows it (the id while the link is unknown). */
	private String linkName(String id) {
		ResolutionService current = service;
		return current == null ? id : current.link(id).map(link -> link.name()).orElse(id);
	}

	private void showSelection() {
		List<StoredConflict> selection = table.selection();
		if (selection.size() != 1) {
			mergeView.clear();
			return;
		}
		StoredConflict conflict = selection.get(0);
		ResolutionService current = service;
		Optional<LinkSpec> link = current == null ? Optional.empty() : current.link(conflict.linkId());
		List<String> sensitive = link.map(LinkSpec::sensitiveFields).orElse(List.of());
		List<FieldRule> rules = link.filter(spec -> spec.policy() == ConflictPolicy.FIELD_RULES)
				.map(LinkSpec::fieldRules).orElse(List.of());
		mergeView.show(conflict, sensitive, rules, advice(current, conflict));
	}

	private static String advice(ResolutionService current, StoredConflict conflict) {
		if (current == null) {
			return "unknown (no store)";
		}
		try {
			Resolution resolution = current.advise(conflict);
			return CausalityText.advice(resolution);
		} catch (ResolutionException | RuntimeException e) {
			return e.getMessage();
		}
	}

	@Override
	public void refresh() {
		if (refreshJob != null && !disposed) {
			refreshJob.cancel();
			refreshJob.schedule();
		}
	}

	@Override
	public Shell shell() {
		return shell;
	}

	@Override
	public ConflictPrompts prompts() {
		return prompts;
	}

	@Override
	public Optional<ResolutionService> service() {
		return Optional.ofNullable(service);
	}

	@Override
	public List<StoredConflict> selection() {
		return table.selection();
	}

	@Override
	public Optional<MergeModel> merge() {
		return mergeView.model();
	}

	@Override
	public void revealed() {
		mergeView.reveal();
	}

	@Override
	public void status(String message) {
		events.post(StatusLine.TOPIC_MESSAGE, message);
	}

	/** The merge view (tests drive it). */
	public MergeView mergeView() {
		return mergeView;
	}

	/** The conflicts table's viewer (tests drive it). */
	public org.eclipse.jface.viewers.TableViewer tableViewer() {
		return table.viewer();
	}

	@Focus
	void focus() {
		table.viewer().getTable().setFocus();
	}

	@PreDestroy
	void dispose() {
		disposed = true;
		if (refreshJob != null) {
			refreshJob.cancel();
		}
	}
}
