package org.syncscope.ui.topology.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.syncscope.ui.topology.TopologyDocument;

/** Edit &gt; Redo: redoes the last undone change of the open topology. */
public class RedoHandler {

	@CanExecute
	public boolean canExecute(@Optional TopologyDocument document) {
		return document != null && document.domain().getCommandStack().canRedo();
	}

	@Execute
	public void execute(TopologyDocument document) {
		document.domain().getCommandStack().redo();
	}
}
