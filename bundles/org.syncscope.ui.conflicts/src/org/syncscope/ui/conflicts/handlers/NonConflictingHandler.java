package org.syncscope.ui.conflicts.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.syncscope.ui.conflicts.ConflictActions;

/** Takes every field changed on one side only (Ctrl+Shift+N); enabled in the Conflicts part when a conflict is shown and data may change. */
public class NonConflictingHandler {

	@CanExecute
	public boolean canExecute(@Optional ConflictActions actions) {
		return actions != null && actions.canDecide();
	}

	@Execute
	public void execute(ConflictActions actions) {
		actions.takeNonConflicting();
	}
}
