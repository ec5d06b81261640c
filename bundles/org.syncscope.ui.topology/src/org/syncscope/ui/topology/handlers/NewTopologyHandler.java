package org.syncscope.ui.topology.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.syncscope.ui.topology.ActiveTopology;
import org.syncscope.ui.topology.TopologyPrompts;
import org.syncscope.ui.topology.wizard.NewTopologyWizard;

/** File &gt; New Topology: the wizard that creates a topology file, empty or from the three-region sample. */
public class NewTopologyHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ActiveTopology active,
			TopologyPrompts prompts) {
		boolean mayReplace = active.document().filter(d -> d.isDirty())
				.map(d -> prompts.discardChanges(shell, d.file())).orElse(true);
		if (mayReplace) {
			new WizardDialog(shell, new NewTopologyWizard(active)).open();
		}
	}
}
