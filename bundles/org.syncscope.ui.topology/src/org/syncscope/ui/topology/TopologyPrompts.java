package org.syncscope.ui.topology;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.widgets.Shell;
import org.syncscope.topology.resource.TopologyLoadException;

/**
 * Every question and error the topology editor puts to the operator. The workbench context holds the dialog
 * implementation ({@link DialogPrompts}); tests put in one that answers without blocking, so the decision
 * logic around the dialogs runs unchanged.
 */
public interface TopologyPrompts {

	/** The file to open, or empty if the operator cancelled. */
	Optional<Path> fileToOpen(Shell parent);

	/** The file to save to, proposing {@code current}, or empty if the operator cancelled. */
	Optional<Path> fileToSaveAs(Shell parent, Path current);

	/** Whether to save although validation found problems. */
	boolean saveDespiteProblems(Shell parent, Validation validation);

	/** Whether unsaved changes of {@code file} may be thrown away. */
	boolean discardChanges(Shell parent, Path file);

	/** Tells the operator that a file could not be opened, and why. */
	void openFailed(Shell parent, TopologyLoadException error);

	/** Tells the operator that a file could not be written, and why. */
	void saveFailed(Shell parent, Path file, Exception error);
}
