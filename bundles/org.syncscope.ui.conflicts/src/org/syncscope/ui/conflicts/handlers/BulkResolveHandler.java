package org.syncscope.ui.conflicts.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.syncscope.ui.conflicts.ConflictActions;

/** Resolves the selected conflicts with a chosen policy after a preview (Ctrl+Shift+B); enabled in the Conflicts part when data may change. */
public class BulkResolveHandler {

	@CanExecute
	public boolean canExecute(@Optional ConflictActions actions) {
		return actions != null && actions.canChange();
	}

	@Execute
	public void execute(ConflictActions actions) {
		actions.bulk();
	}
}
