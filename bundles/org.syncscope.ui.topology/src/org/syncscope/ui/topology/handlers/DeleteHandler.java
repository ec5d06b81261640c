package org.syncscope.ui.topology.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.syncscope.ui.topology.TopologyDocument;
import org.syncscope.ui.topology.TopologyEdits;

/** Edit &gt; Delete: deletes the selected endpoints or links, and every reference to them, as one step. */
public class DeleteHandler {

	@CanExecute
	public boolean canExecute(@Optional TopologyDocument document,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) IStructuredSelection selection) {
		return document != null && selection != null
				&& TopologyEdits.delete(document, selection.toList()).canExecute();
	}

	@Execute
	public void execute(TopologyDocument document,
			@Named(IServiceConstants.ACTIVE_SELECTION) IStructuredSelection selection) {
		TopologyEdits.execute(document, TopologyEdits.delete(document, selection.toList()));
	}
}
