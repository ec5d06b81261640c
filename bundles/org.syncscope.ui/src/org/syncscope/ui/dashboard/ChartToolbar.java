package org.syncscope.ui.dashboard;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;

/**
 * The controls above the charts: the time window (a preset span ending now, or a custom start and end),
 * pausing the drawing (collection goes on), and exporting the charts as PNG with their data as CSV.
 * Selecting rows in the links table focuses the charts on them.
 */
final class ChartToolbar {

	/** Writes the export into a folder and returns the files. */
	@FunctionalInterface
	interface Exporter {
		List<Path> exportTo(Path folder) throws Exception;
	}

	/** The window selector's last entry, which asks for a start and an end. */
	private static final String CUSTOM = "Custom…";

	private static final DateTimeFormatter RANGE_FORMAT = DateTimeFormatter.ofPattern("d MMM HH:mm:ss");

	private final Combo window;
	private final Button pause;
	private TimeRange custom;
	private int selected;

	/** {@code windowChanged} runs when the operator picks another window, {@code pauseChanged} on Pause/Resume. */
	ChartToolbar(Composite parent, Runnable windowChanged, Runnable pauseChanged, Exporter exporter) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
		new Label(bar, SWT.NONE).setText("Window:");
		window = new Combo(bar, SWT.READ_ONLY);
		for (TimeWindow option : TimeWindow.values()) {
			window.add(option.label());
		}
		window.add(CUSTOM);
		window.select(0);
		window.addListener(SWT.Selection, event -> {
			if (window.getSelectionIndex() == TimeWindow.values().length && !askForCustomRange()) {
				window.select(selected);
				return;
			}
			selected = window.getSelectionIndex();
			windowChanged.run();
		});
		Label hint = new Label(bar, SWT.NONE);
		hint.setText("Drag right to zoom, left to reset; Ctrl+drag pans");
		hint.setToolTipText("Select links in the table to focus the charts on them. On a chart, drag to the right"
				+ " to zoom into a time span, to the left (or double-click) to follow the window again, and drag with"
				+ " Ctrl held to pan.");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(hint);
		pause = new Button(bar, SWT.TOGGLE);
		pause.setText("Pause");
		pause.setToolTipText("Stop redrawing the charts; monitoring and history recording go on");
		pause.addListener(SWT.Selection, event -> {
			pause.setText(pause.getSelection() ? "Resume" : "Pause");
			bar.layout();
			pauseChanged.run();
		});
		Button export = new Button(bar, SWT.PUSH);
		export.setText("Export…");
		export.setToolTipText("Save the charts as PNG and their data as CSV");
		export.addListener(SWT.Selection, event -> export(bar, exporter));
	}

	private static void export(Composite bar, Exporter exporter) {
		DirectoryDialog dialog = new DirectoryDialog(bar.getShell());
		dialog.setText("Export charts and data");
		dialog.setMessage("Folder for the PNG images and the CSV file");
		String folder = dialog.open();
		if (folder == null) {
			return;
		}
		try {
			List<Path> files = exporter.exportTo(Path.of(folder));
			MessageDialog.openInformation(bar.getShell(), "Export", "Wrote " + files.size() + " files to " + folder);
		} catch (Exception e) {
			MessageDialog.openError(bar.getShell(), "Export", "The export failed: " + e.getMessage());
		}
	}

	/** Opens the custom window dialog; true when the operator chose a range. */
	private boolean askForCustomRange() {
		CustomWindowDialog dialog = new CustomWindowDialog(window.getShell(),
				custom != null ? custom : range(System.currentTimeMillis()));
		if (dialog.open() != Window.OK) {
			return false;
		}
		custom = dialog.range();
		ZoneId zone = ZoneId.systemDefault();
		window.setItem(TimeWindow.values().length,
				"Custom: " + RANGE_FORMAT.format(Instant.ofEpochMilli(custom.fromMillis()).atZone(zone)) + " – "
						+ RANGE_FORMAT.format(Instant.ofEpochMilli(custom.toMillis()).atZone(zone)));
		window.select(TimeWindow.values().length); // a replaced item is no longer selected
		window.getParent().layout();
		return true;
	}

	/** The range the charts show now: the chosen window ending at {@code nowMillis}, or the custom range. */
	TimeRange range(long nowMillis) {
		return selected < TimeWindow.values().length ? TimeRange.ending(nowMillis, TimeWindow.values()[selected].span())
				: custom;
	}

	boolean isPaused() {
		return pause.getSelection();
	}
}
