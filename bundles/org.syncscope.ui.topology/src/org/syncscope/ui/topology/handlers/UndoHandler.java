package org.syncscope.ui.topology.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.syncscope.ui.topology.TopologyDocument;

/** Edit &gt; Undo: undoes the last change of the open topology on its EMF command stack. */
public class UndoHandler {

	@CanExecute
	public boolean canExecute(@Optional TopologyDocument document) {
		return document != null && document.domain().getCommandStack().canUndo();
	}

	@Execute
	public void execute(TopologyDocument document) {
		document.domain().getCommandStack().undo();
	}
}
