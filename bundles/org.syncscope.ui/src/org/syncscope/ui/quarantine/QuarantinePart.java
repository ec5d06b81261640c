package org.syncscope.ui.quarantine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.syncscope.core.event.DecodeError;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.store.quarantine.QuarantineEntry;
import org.syncscope.store.quarantine.QuarantineStore;
import org.syncscope.ui.status.StatusLine;
import org.syncscope.ui.parts.EmptyTableMessage;

/**
 * The records monitoring refused, as the store keeps them: link, partition, offset, time, reason, key and
 * value (text or hex, the link's sensitive fields masked), filtered by link and reason; the selected record
 * in full below. Export writes what is listed as CSV; Clear deletes the listed link's records (or all) only
 * with a reason, which the audit trail keeps. Reading and clearing run in jobs.
 */
public class QuarantinePart {

	private static final int LIMIT = 1_000;
	private static final long REFRESH_MILLIS = 2_000;
	private static final String ALL_LINKS = "All links";
	private static final String ALL_REASONS = "All reasons";
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneId.systemDefault());

	private final MonitoringService monitoring;
	private final UISynchronize sync;
	private final IEventBroker events;
	private volatile QuarantineStore store;
	private volatile Filter filter = new Filter(null, "");
	private volatile boolean disposed;
	private Combo linkChoice;
	private Combo reasonChoice;
	private Label counts;
	private TableViewer viewer;
	private Text details;
	private Job loadJob;
	private List<LinkSpec> linkChoices = List.of();

	/** The link filtered by (null for all) and the reason code ("" for all). */
	private record Filter(LinkSpec link, String reasonCode) {
	}

	@Inject
	public QuarantinePart(MonitoringService monitoring, UISynchronize sync, IEventBroker events) {
		this.monitoring = monitoring;
		this.sync = sync;
		this.events = events;
	}

	@PostConstruct
	public void createControls(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 4).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		linkChoice = new Combo(bar, SWT.READ_ONLY);
		linkChoice.setItems(ALL_LINKS);
		linkChoice.select(0);
		reasonChoice = new Combo(bar, SWT.READ_ONLY);
		reasonChoice.setItems(reasonItems());
		reasonChoice.select(0);
		counts = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(counts);
		Button export = new Button(bar, SWT.PUSH);
		export.setText("Export CSV…");
		Button clear = new Button(bar, SWT.PUSH);
		clear.setText("Clear…");
		linkChoice.addListener(SWT.Selection, event -> filterChanged());
		reasonChoice.addListener(SWT.Selection, event -> filterChanged());
		export.addListener(SWT.Selection, event -> askExport());
		clear.addListener(SWT.Selection, event -> askClear());

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		viewer = new TableViewer(sash, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		EmptyTableMessage.install(viewer.getTable(), "No quarantined record. A record of a monitored change log"
				+ " that cannot be decoded is kept here with the reason, never dropped; select one to see its bytes.");
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column("Link", 140, QuarantineRow::links);
		column("Partition", 70, row -> Integer.toString(row.entry().partition()));
		column("Offset", 80, row -> Long.toString(row.entry().offset()));
		column("Time", 140, row -> TIME.format(row.entry().quarantinedAt()));
		column("Reason", 320, row -> row.entry().reason());
		column("Key", 110, QuarantineRow::key);
		column("Value", 400, QuarantineRow::value);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addSelectionChangedListener(event -> showDetails());
		details = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		sash.setWeights(75, 25);
		loadJob = Job.create("Reading the quarantine", monitor -> {
			load();
			return Status.OK_STATUS;
		});
		loadJob.setSystem(true);
		viewer.setInput(List.of());
		counts.setText("Waiting for the store…");
		if (store != null) { // injected before the controls existed
			loadJob.schedule();
		}
	}

	/** Receives the store's quarantine once the store add-on opened it. */
	@Inject
	@Optional
	void setStore(QuarantineStore quarantine) {
		store = quarantine;
		if (quarantine != null && loadJob != null) {
			loadJob.schedule();
		}
	}

	private void column(String title, int width, Function<QuarantineRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(row -> text.apply((QuarantineRow) row)));
	}

	private static String[] reasonItems() {
		List<String> items = new ArrayList<>();
		items.add(ALL_REASONS);
		for (DecodeError.Reason reason : DecodeError.Reason.values()) {
			items.add(reason.name());
		}
		items.add("TOMBSTONE");
		items.add(QuarantineEntry.OTHER);
		return items.toArray(String[]::new);
	}

	private void filterChanged() {
		int link = linkChoice.getSelectionIndex();
		int reason = reasonChoice.getSelectionIndex();
		filter = new Filter(link <= 0 ? null : linkChoices.get(link - 1),
				reason <= 0 ? "" : reasonChoice.getItem(reason));
		loadJob.cancel();
		loadJob.schedule();
	}

	/** Reads the filtered records and the links (off the UI thread), then shows them; again in a while. */
	private void load() {
		QuarantineStore quarantine = store;
		if (quarantine == null || disposed) {
			return;
		}
		List<LinkSpec> links = monitoring.clusters().stream().flatMap(cluster -> cluster.links().stream()).toList();
		Filter current = filter;
		try {
			Set<String> topics = current.link() == null ? Set.of() : Set.of(current.link().topic());
			List<QuarantineEntry> entries = quarantine.list(topics, current.reasonCode(), LIMIT);
			List<QuarantineRow> rows = entries.stream().map(entry -> row(entry, links)).toList();
			sync.asyncExec(() -> show(rows, links));
		} catch (Exception e) {
			sync.asyncExec(() -> {
				if (!counts.isDisposed()) {
					counts.setText("The quarantine cannot be read: " + e.getMessage());
				}
			});
		} finally {
			if (!disposed) {
				loadJob.schedule(REFRESH_MILLIS);
			}
		}
	}

	private static QuarantineRow row(QuarantineEntry entry, List<LinkSpec> links) {
		List<LinkSpec> on = links.stream().filter(link -> link.topic().equals(entry.topic())).toList();
		Set<String> sensitive = new HashSet<>();
		on.forEach(link -> sensitive.addAll(link.sensitiveFields()));
		String names = on.isEmpty() ? entry.topic() : on.stream().map(LinkSpec::name).collect(Collectors.joining(", "));
		return QuarantineRow.of(entry, names, List.copyOf(sensitive));
	}

	private void show(List<QuarantineRow> rows, List<LinkSpec> links) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		if (!links.equals(linkChoices)) {
			String selected = linkChoice.getText();
			linkChoices = links;
			List<String> items = new ArrayList<>();
			items.add(ALL_LINKS);
			links.forEach(link -> items.add(link.name()));
			linkChoice.setItems(items.toArray(String[]::new));
			linkChoice.select(Math.max(0, items.indexOf(selected)));
		}
		Map<String, Integer> perReason = new LinkedHashMap<>();
		rows.forEach(row -> perReason.merge(row.entry().reasonCode(), 1, Integer::sum));
		counts.setText(rows.size() + (rows.size() == LIMIT ? "+" : "") + " records"
				+ perReason.entrySet().stream().map(e -> " · " + e.getKey() + ": " + e.getValue())
						.collect(Collectors.joining()));
		viewer.setInput(rows);
		counts.getParent().layout();
	}

	private void showDetails() {
		Object selected = viewer.getStructuredSelection().getFirstElement();
		if (selected instanceof QuarantineRow row) {
			QuarantineEntry entry = row.entry();
			details.setText(entry.topic() + " partition " + entry.partition() + " offset " + entry.offset() + " ("
					+ row.links() + "), " + TIME.format(entry.quarantinedAt()) + "\nReason: " + entry.reason()
					+ "\nKey: " + row.key() + "\nValue: " + row.value());
		} else {
			details.setText("");
		}
	}

	/** The records listed now (UI thread). */
	@SuppressWarnings("unchecked")
	public List<QuarantineEntry> shown() {
		return ((List<QuarantineRow>) viewer.getInput()).stream().map(QuarantineRow::entry).toList();
	}

	/** The listed records' values as shown (UI thread). */
	@SuppressWarnings("unchecked")
	public List<String> shownValues() {
		return ((List<QuarantineRow>) viewer.getInput()).stream().map(QuarantineRow::value).toList();
	}

	/** The links the link filter offers (UI thread). */
	public List<String> linkNames() {
		return linkChoices.stream().map(LinkSpec::name).toList();
	}

	/** Filters by the link named {@code name} and the reason code (empty for all), as the combos do. */
	public void filterBy(String linkName, String reasonCode) {
		linkChoice.select(Math.max(0, List.of(linkChoice.getItems()).indexOf(linkName)));
		reasonChoice.select(reasonCode.isEmpty() ? 0 : List.of(reasonChoice.getItems()).indexOf(reasonCode));
		filterChanged();
	}

	/** Writes the listed records as CSV to {@code file} (UI thread; the rows are already in memory). */
	@SuppressWarnings("unchecked")
	public void exportTo(Path file) throws IOException {
		QuarantineCsv.write((List<QuarantineRow>) viewer.getInput(), file);
	}

	/**
	 * Deletes the records of the filtered link (all links when none is chosen) in a job, audited with
	 * {@code reason}; returns the job.
	 */
	public Job clear(String reason) {
		QuarantineStore quarantine = store;
		Filter current = filter;
		Job job = Job.create("Clearing the quarantine", monitor -> {
			try {
				Set<String> topics = current.link() == null ? Set.of() : Set.of(current.link().topic());
				int deleted = quarantine.clear(topics, current.link() == null ? "" : current.link().id(),
						System.getProperty("user.name", "operator"), reason);
				events.post(StatusLine.TOPIC_MESSAGE, deleted + " quarantined records cleared");
				loadJob.cancel();
				loadJob.schedule();
				return Status.OK_STATUS;
			} catch (Exception e) {
				return Status.error("Cannot clear the quarantine: " + e.getMessage(), e);
			}
		});
		job.schedule();
		return job;
	}

	private void askExport() {
		FileDialog dialog = new FileDialog(viewer.getControl().getShell(), SWT.SAVE);
		dialog.setFileName("syncscope-quarantine.csv");
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			try {
				exportTo(Path.of(file));
				events.post(StatusLine.TOPIC_MESSAGE, "Quarantine exported to " + file);
			} catch (IOException e) {
				events.post(StatusLine.TOPIC_MESSAGE, "Could not export the quarantine: " + e.getMessage());
			}
		}
	}

	private void askClear() {
		if (store == null) {
			return;
		}
		String scope = filter.link() == null ? "every link" : filter.link().name();
		InputDialog dialog = new InputDialog(viewer.getControl().getShell(), "Clear Quarantine",
				"Delete the quarantined records of " + scope + ". Why? (kept in the audit trail)", "",
				text -> text.isBlank() ? "A reason is required" : null);
		if (dialog.open() == Window.OK) {
			clear(dialog.getValue());
		}
	}

	@Focus
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@PreDestroy
	public void dispose() {
		disposed = true;
		if (loadJob != null) {
			loadJob.cancel();
		}
	}
}
