package org.syncscope.ui.conflicts.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.syncscope.ui.conflicts.ConflictActions;

/** Reveals the masked fields of the shown conflict, audited (Ctrl+Shift+R); enabled in the Conflicts part, also in read-only mode. */
public class RevealHandler {

	@CanExecute
	public boolean canExecute(@Optional ConflictActions actions) {
		return actions != null;
	}

	@Execute
	public void execute(ConflictActions actions) {
		actions.reveal();
	}
}
