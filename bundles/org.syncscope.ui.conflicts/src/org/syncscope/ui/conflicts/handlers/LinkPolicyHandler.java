package org.syncscope.ui.conflicts.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.syncscope.ui.conflicts.ConflictActions;

/** Resolves the shown conflict as the link's automatic policy would (Ctrl+Shift+P); enabled in the Conflicts part when a conflict is shown and data may change. */
public class LinkPolicyHandler {

	@CanExecute
	public boolean canExecute(@Optional ConflictActions actions) {
		return actions != null && actions.canDecide();
	}

	@Execute
	public void execute(ConflictActions actions) {
		actions.applyLinkPolicy();
	}
}
