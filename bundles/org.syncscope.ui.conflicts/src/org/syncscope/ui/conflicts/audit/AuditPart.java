package org.syncscope.ui.conflicts.audit;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.syncscope.resolution.AuditExport;
import org.syncscope.resolution.ResolutionService;
import org.syncscope.store.audit.AuditEntry;
import org.syncscope.store.audit.AuditQuery;
import org.syncscope.ui.conflicts.ConflictPrompts;
import org.syncscope.ui.status.StatusLine;
import org.syncscope.ui.parts.EmptyTableMessage;

/**
 * The audit log: every console action with who, when, link, key, before, after and reason; filtered by
 * action and text, loaded and exported (CSV, CloudEvents JSON lines) in background jobs.
 */
public class AuditPart {

	/** The part's id in the application model. */
	public static final String ID = "org.syncscope.ui.conflicts.part.audit";

	private static final String[] ACTIONS = { "All actions", "RESOLVE_MANUAL_MERGE", "RESOLVE_KEEP_VERSION",
			"RESOLVE_NON_CONFLICTING", "RESOLVE_LAST_WRITER_WINS", "RESOLVE_SOURCE_WINS", "RESOLVE_TARGET_WINS",
			"RESOLVE_MERGE_DISJOINT_FIELDS", "RESOLVE_FIELD_RULES", "DEFER", "IGNORE", "REVEAL", "FORGET_KEY" };

	@Inject
	private UISynchronize sync;
	@Inject
	private IEventBroker events;
	@Inject
	private ConflictPrompts prompts;
	private volatile ResolutionService service;
	private TableViewer viewer;
	private Combo action;
	private Text text;
	private volatile List<AuditEntry> shown = List.of();

	@PostConstruct
	public void create(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		action = new Combo(bar, SWT.READ_ONLY);
		action.setItems(ACTIONS);
		action.select(0);
		action.addListener(SWT.Selection, event -> load());
		text = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH);
		text.setMessage("Key, reason or operator");
		text.addListener(SWT.DefaultSelection, event -> load());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		button(bar, "&Refresh", this::load);
		button(bar, "Export &CSV…", () -> export("audit.csv", false));
		button(bar, "Export Cloud&Events…", () -> export("audit.jsonl", true));
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		EmptyTableMessage.install(viewer.getTable(), "Nothing audited yet. Every resolution (a person's or an"
				+ " automatic policy's), deferral, ignore, reveal of a masked value and replay is recorded here: who,"
				+ " when, what before and after, and why.");
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
		column("Time", 170, e -> e.occurredAt().toString());
		column("Operator", 80, AuditEntry::operator);
		column("Action", 170, AuditEntry::action);
		column("Link", 130, AuditEntry::linkId);
		column("Key", 110, AuditEntry::key);
		column("Reason", 200, AuditEntry::reason);
		column("Before", 220, AuditEntry::before);
		column("After", 220, AuditEntry::after);
		load();
	}

	private static void button(Composite bar, String label, Runnable run) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, event -> run.run());
	}

	private void column(String title, int width, Function<AuditEntry, String> value) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> value.apply((AuditEntry) e)));
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void setService(ResolutionService resolutionService) {
		service = resolutionService;
		if (viewer != null && !viewer.getTable().isDisposed()) {
			load();
		}
	}

	/** Reloads the entries matching the filter in a background job. */
	public void load() {
		ResolutionService current = service;
		if (current == null) {
			return;
		}
		AuditQuery query = new AuditQuery("", action.getSelectionIndex() <= 0 ? "" : action.getText(),
				text.getText().strip(), 5_000);
		Job.create("Loading the audit log", monitor -> {
			try {
				List<AuditEntry> entries = current.audit(query);
				sync.asyncExec(() -> {
					if (!viewer.getTable().isDisposed()) {
						shown = entries;
						viewer.setInput(entries);
					}
				});
			} catch (Exception e) {
				events.post(StatusLine.TOPIC_MESSAGE, "Could not load the audit log: " + e.getMessage());
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	private void export(String name, boolean cloudEvents) {
		List<AuditEntry> entries = shown;
		prompts.exportFile(viewer.getTable().getShell(), name).ifPresent(file -> Job.create("Exporting the audit log",
				monitor -> {
					write(file, entries, cloudEvents);
					return Status.OK_STATUS;
				}).schedule());
	}

	private void write(Path file, List<AuditEntry> entries, boolean cloudEvents) {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			if (cloudEvents) {
				AuditExport.cloudEvents(entries, out);
			} else {
				AuditExport.csv(entries, out);
			}
			events.post(StatusLine.TOPIC_MESSAGE, entries.size() + " audit entries exported to " + file);
		} catch (Exception e) {
			events.post(StatusLine.TOPIC_MESSAGE, "Could not export the audit log: " + e.getMessage());
		}
	}

	/** The entries shown (tests read them). */
	public List<AuditEntry> entries() {
		return shown;
	}

	/** Reloads whenever the part is activated, so it shows what was done elsewhere meanwhile. */
	@Focus
	void focus() {
		viewer.getTable().setFocus();
		load();
	}
}
