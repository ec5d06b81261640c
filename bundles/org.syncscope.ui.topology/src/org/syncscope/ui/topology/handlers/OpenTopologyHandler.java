package org.syncscope.ui.topology.handlers;

import java.nio.file.Path;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.syncscope.ui.topology.ActiveTopology;
import org.syncscope.ui.topology.TopologyPrompts;
import org.syncscope.ui.topology.TopologyUi;

/**
 * File &gt; Open Topology: asks for a file (unless the command names one) and opens it in place of the
 * current topology, reading it in a Job. A file that cannot be read is reported with its name and the cause,
 * and nothing else changes: the current topology stays open and the broken file is left as it is.
 */
public class OpenTopologyHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@Optional @Named(TopologyUi.OPEN_FILE_PARAMETER) String file, ActiveTopology active,
			TopologyPrompts prompts, UISynchronize ui) {
		boolean mayReplace = active.document().filter(d -> d.isDirty())
				.map(d -> prompts.discardChanges(shell, d.file())).orElse(true);
		if (!mayReplace) {
			return;
		}
		Path chosen = file != null ? Path.of(file) : prompts.fileToOpen(shell).orElse(null);
		if (chosen != null) {
			active.status("Opening " + chosen.getFileName() + "…");
			active.openInBackground(chosen, ui, () -> true, e -> {
				active.status(e.getMessage());
				prompts.openFailed(shell, e);
			});
		}
	}
}
