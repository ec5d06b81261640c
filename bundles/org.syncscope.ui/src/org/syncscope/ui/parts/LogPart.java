package org.syncscope.ui.parts;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * Lists what SyncScope and the platform log while the workbench runs (newest first), so an operator sees
 * errors such as an unreachable broker without opening the log file.
 */
public class LogPart {

	private static final int MAX_ENTRIES = 2_000;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final UISynchronize sync;
	private final LogEntries entries = new LogEntries(MAX_ENTRIES);
	private final ILogListener listener = this::logged;
	private TableViewer viewer;

	@Inject
	public LogPart(UISynchronize sync) {
		this.sync = sync;
	}

	@PostConstruct
	public void createControls(Composite parent) {
		TableColumnLayout layout = new TableColumnLayout();
		parent.setLayout(layout);
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		EmptyTableMessage.install(viewer.getTable(), "Nothing logged yet. SyncScope's errors, warnings and"
				+ " notes (a broker gone and back, a demo started or stopped) appear here, newest first.");
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		addColumn(layout, "Time", 8, e -> e.time().format(TIME));
		addColumn(layout, "Severity", 8, e -> severity(e.status()));
		addColumn(layout, "Source", 20, e -> e.status().getPlugin());
		addColumn(layout, "Message", 64, e -> e.status().getMessage());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(entries.newestFirst());
		Platform.addLogListener(listener);
	}

	private void addColumn(TableColumnLayout layout, String title, int weight,
			Function<LogEntries.Entry, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((LogEntries.Entry) element);
			}
		});
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
	}

	private void logged(IStatus status, String plugin) {
		entries.add(new LogEntries.Entry(LocalTime.now().truncatedTo(ChronoUnit.SECONDS), status));
		sync.asyncExec(() -> {
			if (!viewer.getControl().isDisposed()) {
				viewer.setInput(entries.newestFirst());
			}
		});
	}

	private static String severity(IStatus status) {
		return switch (status.getSeverity()) {
		case IStatus.ERROR -> "Error";
		case IStatus.WARNING -> "Warning";
		case IStatus.INFO -> "Info";
		case IStatus.CANCEL -> "Cancelled";
		default -> "OK";
		};
	}

	@Focus
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@PreDestroy
	public void dispose() {
		Platform.removeLogListener(listener);
	}
}
