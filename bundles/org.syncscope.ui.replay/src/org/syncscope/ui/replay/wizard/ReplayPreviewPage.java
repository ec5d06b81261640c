package org.syncscope.ui.replay.wizard;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.syncscope.replay.PartitionPlan;
import org.syncscope.replay.PreviewEvent;
import org.syncscope.replay.ReplayPlan;
import org.syncscope.replay.ReplayRequest;

/**
 * Second page of the replay wizard: the dry run's result, the events per partition that would be re-sent
 * (and those the loop guard refuses) and the first events with sensitive fields masked. Finish executes
 * exactly this plan.
 */
final class ReplayPreviewPage extends WizardPage {

	private Label summary;
	private TableViewer partitions;
	private TableViewer events;

	ReplayPreviewPage() {
		super("preview", "Dry run", null);
		setDescription("What the replay would write. Nothing has been written yet.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);
		summary = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(summary);

		partitions = table(page, 110);
		column(partitions, "Partition", 70, PartitionPlan.class, p -> Integer.toString(p.span().partition()));
		column(partitions, "From offset", 100, PartitionPlan.class, p -> Long.toString(p.span().from()));
		column(partitions, "To offset (excl.)", 120, PartitionPlan.class, p -> Long.toString(p.span().to()));
		column(partitions, "Events to replay", 120, PartitionPlan.class, p -> number(p.replayable()));
		column(partitions, "Refused (loop guard)", 140, PartitionPlan.class, p -> number(p.refused()));

		Label previewLabel = new Label(page, SWT.NONE);
		previewLabel.setText("First events (sensitive fields masked):");
		events = table(page, 200);
		column(events, "Partition@offset", 110, PreviewEvent.class, e -> e.partition() + "@" + e.offset());
		column(events, "Time", 170, PreviewEvent.class, e -> Instant.ofEpochMilli(e.timestamp()).toString());
		column(events, "Key", 110, PreviewEvent.class, PreviewEvent::key);
		column(events, "Replays", 60, PreviewEvent.class, e -> Integer.toString(e.replayCount()));
		column(events, "Event", 200, PreviewEvent.class, PreviewEvent::summary);
		column(events, "Payload", 380, PreviewEvent.class, PreviewEvent::maskedPayload);
		setControl(page);
	}

	/** The dry run of {@code request} is running. */
	void planning(ReplayRequest request) {
		show(null);
		setErrorMessage(null);
		summary.setText("Dry run: reading " + request.link().sourceTopic() + " (" + request.range().describe()
				+ ")…");
	}

	/** The dry run refused the request; Back leads to the choice. */
	void refused(String message) {
		show(null);
		setErrorMessage(message);
		summary.setText("Nothing can be replayed as chosen: go Back and change the choice.");
	}

	/** Shows {@code plan}, or nothing while there is none. */
	void show(ReplayPlan plan) {
		if (plan == null) {
			summary.setText("");
			partitions.setInput(List.of());
			events.setInput(List.of());
			setPageComplete(false);
			return;
		}
		summary.setText(String.format(Locale.ROOT, "%,d events would be replayed from %s to %s (%s, keys: %s)%s.",
				plan.total(), plan.request().link().sourceTopic(), plan.request().targetTopic(),
				plan.request().range().describe(),
				plan.request().keyFilter().spec().isEmpty() ? "all" : plan.request().keyFilter().spec(),
				plan.refused() == 0 ? "" : String.format(Locale.ROOT, "; %,d refused by the loop guard", plan.refused())));
		partitions.setInput(plan.partitions());
		events.setInput(plan.preview());
		((Composite) getControl()).layout(true, true);
		setPageComplete(true);
	}

	private static TableViewer table(Composite parent, int height) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).hint(700, height).applyTo(viewer.getControl());
		return viewer;
	}

	private static <T> void column(TableViewer viewer, String title, int width, Class<T> type, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return type.isInstance(element) ? text.apply(type.cast(element)) : "";
			}
		});
	}

	private static String number(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}
}
