package org.syncscope.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Brings a part back (if the operator closed it) and activates it, for the Window menu. */
public class ShowPartHandler {

	/** Id of the command parameter naming the part to show. */
	public static final String PART_ID = "org.syncscope.ui.command.showPart.partId";

	@Execute
	public void execute(EPartService partService, @Named(PART_ID) String partId) {
		partService.showPart(partId, PartState.ACTIVATE);
	}
}
