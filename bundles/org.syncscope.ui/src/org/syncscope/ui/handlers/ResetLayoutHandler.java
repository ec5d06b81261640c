package org.syncscope.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/** Puts every part of the active perspective back where the application model first placed it. */
public class ResetLayoutHandler {

	@CanExecute
	public boolean canExecute(EModelService modelService, MWindow window) {
		return modelService.getActivePerspective(window) != null;
	}

	@Execute
	public void execute(EModelService modelService, MWindow window) {
		MPerspective perspective = modelService.getActivePerspective(window);
		modelService.resetPerspectiveModel(perspective, window);
	}
}
