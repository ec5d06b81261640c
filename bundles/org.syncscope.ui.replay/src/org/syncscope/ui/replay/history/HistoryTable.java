package org.syncscope.ui.replay.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.syncscope.replay.ReplayJob;
import org.syncscope.ui.parts.EmptyTableMessage;

/** The columns of the replay history: what was replayed, where, by whom and why, and how it ended. */
final class HistoryTable {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
			.withZone(ZoneId.systemDefault());

	private HistoryTable() {
	}

	static TableViewer create(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		EmptyTableMessage.install(viewer.getTable(), "No replay yet. Replay > Replay Changes… re-applies a range of"
				+ " a link's changes (by offset or time) after a preview; each run is listed here with its progress"
				+ " and outcome.");
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		column(viewer, "Started", 140, job -> TIME.format(job.startedAt()));
		column(viewer, "Replay", 80, job -> job.id().substring(0, 8));
		column(viewer, "Link", 130, ReplayJob::linkId);
		column(viewer, "Range", 220, ReplayJob::rangeDescription);
		column(viewer, "Keys", 110, job -> job.keyFilter() == null ? "all" : job.keyFilter());
		column(viewer, "Target", 150, ReplayJob::targetTopic);
		column(viewer, "State", 90, job -> job.state().name().toLowerCase(Locale.ROOT));
		column(viewer, "Events", 110, job -> String.format(Locale.ROOT, "%,d / %,d", job.done(), job.total()));
		column(viewer, "Duration", 70, job -> String.format(Locale.ROOT, "%.1f s", job.duration().toMillis() / 1000.0));
		column(viewer, "Operator", 80, ReplayJob::operator);
		column(viewer, "Reason", 200, ReplayJob::reason);
		column(viewer, "Outcome", 260, job -> job.outcome() == null ? "" : job.outcome());
		return viewer;
	}

	private static void column(TableViewer viewer, String title, int width, Function<ReplayJob, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof ReplayJob job ? text.apply(job) : "";
			}
		});
	}
}
