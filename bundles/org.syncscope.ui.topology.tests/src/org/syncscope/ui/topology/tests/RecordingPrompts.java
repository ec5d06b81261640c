package org.syncscope.ui.topology.tests;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Shell;
import org.syncscope.topology.resource.TopologyLoadException;
import org.syncscope.ui.topology.TopologyPrompts;
import org.syncscope.ui.topology.Validation;

/**
 * Answers the editor's questions the way a test scripts them, without opening a dialog, and records what
 * was asked so that tests can check the operator would have been warned.
 */
final class RecordingPrompts implements TopologyPrompts {

	final Deque<Path> filesToOpen = new ArrayDeque<>();
	final List<Validation> saveWarnings = new ArrayList<>();
	final List<TopologyLoadException> openFailures = new ArrayList<>();
	final List<Exception> saveFailures = new ArrayList<>();
	boolean saveDespiteProblems = true;

	@Override
	public Optional<Path> fileToOpen(Shell parent) {
		return Optional.ofNullable(filesToOpen.poll());
	}

	@Override
	public Optional<Path> fileToSaveAs(Shell parent, Path current) {
		return Optional.empty();
	}

	@Override
	public boolean saveDespiteProblems(Shell parent, Validation validation) {
		saveWarnings.add(validation);
		return saveDespiteProblems;
	}

	@Override
	public boolean discardChanges(Shell parent, Path file) {
		return true;
	}

	@Override
	public void openFailed(Shell parent, TopologyLoadException error) {
		openFailures.add(error);
	}

	@Override
	public void saveFailed(Shell parent, Path file, Exception error) {
		saveFailures.add(error);
	}
}
