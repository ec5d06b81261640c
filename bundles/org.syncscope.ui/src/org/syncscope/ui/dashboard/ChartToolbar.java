package org.syncscope.ui.dashboard;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;

/**
 * The controls above the charts: the time window, pausing the drawing (collection goes on), and exporting
 * the charts as PNG with their data as CSV. Selecting rows in the links table focuses the charts on them.
 */
final class ChartToolbar {

	/** Writes the export into a folder and returns the files. */
	@FunctionalInterface
	interface Exporter {
		List<Path> exportTo(Path folder) throws Exception;
	}

	private final Combo window;
	private final Button pause;

	ChartToolbar(Composite parent, Runnable changed, Exporter exporter) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
		new Label(bar, SWT.NONE).setText("Window:");
		window = new Combo(bar, SWT.READ_ONLY);
		for (TimeWindow option : TimeWindow.values()) {
			window.add(option.label());
		}
		window.select(0);
		window.addListener(SWT.Selection, event -> changed.run());
		Label hint = new Label(bar, SWT.NONE);
		hint.setText("Select links in the table to focus the charts; drag on a chart to zoom.");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(hint);
		pause = new Button(bar, SWT.TOGGLE);
		pause.setText("Pause");
		pause.setToolTipText("Stop redrawing the charts; monitoring and history recording go on");
		pause.addListener(SWT.Selection, event -> {
			pause.setText(pause.getSelection() ? "Resume" : "Pause");
			bar.layout();
			changed.run();
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

	TimeWindow window() {
		return TimeWindow.values()[Math.max(0, window.getSelectionIndex())];
	}

	boolean isPaused() {
		return pause.getSelection();
	}
}
