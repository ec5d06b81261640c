package org.syncscope.ui.topology.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.syncscope.ui.topology.TopologyDocument;
import org.syncscope.ui.topology.TopologySaver;

/** File &gt; Save: validates and writes the open topology to its file (see {@link TopologySaver}). */
public class SaveHandler {

	@CanExecute
	public boolean canExecute(@Optional TopologyDocument document) {
		return document != null && document.isDirty();
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, TopologyDocument document,
			TopologySaver saver) {
		saver.save(shell, document);
	}
}
