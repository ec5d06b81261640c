package org.syncscope.ui.conflicts.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.syncscope.ui.conflicts.ConflictActions;

/** Defers the selected conflicts with a reason (Ctrl+Shift+D); enabled in the Conflicts part when data may change. */
public class DeferHandler {

	@CanExecute
	public boolean canExecute(@Optional ConflictActions actions) {
		return actions != null && actions.canChange();
	}

	@Execute
	public void execute(ConflictActions actions) {
		actions.defer();
	}
}
