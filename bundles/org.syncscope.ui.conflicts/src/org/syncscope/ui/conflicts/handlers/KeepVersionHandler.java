package org.syncscope.ui.conflicts.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.syncscope.ui.conflicts.ConflictActions;

/** Keeps one version as it is (Ctrl+Shift+1, Ctrl+Shift+2); the command parameter is the version number. */
public class KeepVersionHandler {

	/** The command parameter: the version number, from 1. */
	public static final String VERSION = "org.syncscope.ui.conflicts.command.keep.version";

	@CanExecute
	public boolean canExecute(@Optional ConflictActions actions) {
		return actions != null && actions.canDecide();
	}

	@Execute
	public void execute(ConflictActions actions, @Optional @Named(VERSION) String version) {
		actions.keep(version == null ? 0 : Integer.parseInt(version) - 1);
	}
}
