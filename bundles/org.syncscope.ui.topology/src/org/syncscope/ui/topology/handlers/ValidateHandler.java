package org.syncscope.ui.topology.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.syncscope.ui.topology.ActiveTopology;
import org.syncscope.ui.topology.TopologyDocument;
import org.syncscope.ui.topology.TopologyUi;
import org.syncscope.ui.topology.Validation;

/** Edit &gt; Validate Topology: runs every rule on the open topology and shows the Problems part. */
public class ValidateHandler {

	@CanExecute
	public boolean canExecute(@Optional TopologyDocument document) {
		return document != null;
	}

	@Execute
	public void execute(TopologyDocument document, ActiveTopology active, EPartService partService) {
		active.publish(Validation.of(document));
		partService.showPart(TopologyUi.PROBLEMS_PART, PartState.VISIBLE);
	}
}
