package org.syncscope.ui.topology;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.syncscope.topology.resource.TopologyLoadException;
import org.syncscope.topology.resource.TopologyResources;

/** The operator-facing {@link TopologyPrompts}: SWT file dialogs and JFace message dialogs. */
public class DialogPrompts implements TopologyPrompts {

	private static final String[] EXTENSIONS = { "*." + TopologyResources.FILE_EXTENSION, "*" };
	private static final String[] EXTENSION_NAMES = { "SyncScope topologies (*.synctopo)", "All files" };

	@Override
	public Optional<Path> fileToOpen(Shell parent) {
		FileDialog dialog = new FileDialog(parent, SWT.OPEN);
		dialog.setText("Open Topology");
		dialog.setFilterExtensions(EXTENSIONS);
		dialog.setFilterNames(EXTENSION_NAMES);
		return Optional.ofNullable(dialog.open()).map(Path::of);
	}

	@Override
	public Optional<Path> fileToSaveAs(Shell parent, Path current) {
		FileDialog dialog = new FileDialog(parent, SWT.SAVE);
		dialog.setText("Save Topology As");
		dialog.setFilterExtensions(EXTENSIONS);
		dialog.setFilterNames(EXTENSION_NAMES);
		dialog.setOverwrite(true);
		if (current.getParent() != null) {
			dialog.setFilterPath(current.getParent().toString());
		}
		dialog.setFileName(current.getFileName().toString());
		return Optional.ofNullable(dialog.open()).map(Path::of);
	}

	@Override
	public boolean saveDespiteProblems(Shell parent, Validation validation) {
		String message = "The topology has " + validation.summary()
				+ ". SyncScope can save it anyway, but monitoring and replay may refuse to use it until the "
				+ "problems are fixed. The Problems part lists them.";
		return MessageDialog.open(MessageDialog.WARNING, parent, "Save Topology With Problems", message, SWT.NONE,
				"Save Anyway", "Cancel") == 0;
	}

	@Override
	public boolean discardChanges(Shell parent, Path file) {
		return MessageDialog.open(MessageDialog.QUESTION, parent, "Unsaved Changes",
				file.getFileName() + " has unsaved changes. Discard them?", SWT.NONE, "Discard", "Cancel") == 0;
	}

	@Override
	public void openFailed(Shell parent, TopologyLoadException error) {
		MessageDialog.openError(parent, "Cannot Open Topology", error.getMessage());
	}

	@Override
	public void saveFailed(Shell parent, Path file, Exception error) {
		MessageDialog.openError(parent, "Cannot Save Topology",
				"Cannot save topology " + file + ": " + error.getMessage());
	}
}
