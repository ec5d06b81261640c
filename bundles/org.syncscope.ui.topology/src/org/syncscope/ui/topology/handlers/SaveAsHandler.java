package org.syncscope.ui.topology.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.syncscope.ui.topology.TopologyDocument;
import org.syncscope.ui.topology.TopologyPrompts;
import org.syncscope.ui.topology.TopologySaver;

/** File &gt; Save As: writes the open topology to a file the operator chooses, which it then belongs to. */
public class SaveAsHandler {

	@CanExecute
	public boolean canExecute(@Optional TopologyDocument document) {
		return document != null;
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, TopologyDocument document,
			TopologyPrompts prompts, TopologySaver saver) {
		prompts.fileToSaveAs(shell, document.file()).ifPresent(target -> saver.save(shell, document, target));
	}
}
