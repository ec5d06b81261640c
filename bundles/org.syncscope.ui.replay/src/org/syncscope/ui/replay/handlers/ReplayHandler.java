package org.syncscope.ui.replay.handlers;

import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.syncscope.kafka.monitor.LinkSnapshot;
import org.syncscope.resolution.StoredConflict;
import org.syncscope.topology.SyncLink;
import org.syncscope.ui.replay.ReplayAccess;
import org.syncscope.ui.replay.history.ReplayHistoryPart;
import org.syncscope.ui.replay.wizard.ReplayWizard;
import org.syncscope.ui.topology.TopologyDocument;

/**
 * Replay > Replay Changes… (Replay… in the dashboard links table's context menu, Conflicts > Replay This
 * Key…): opens the replay wizard on the open topology's links, starting on the link selected in the tree,
 * overview or links table, or on the selected conflict's link with its key as filter, and shows the history
 * (with the run's progress) after Finish.
 */
public class ReplayHandler {

	@CanExecute
	public boolean canExecute(@Optional TopologyDocument document) {
		return document != null && !links(document).isEmpty();
	}

	@Execute
	public void execute(Shell shell, TopologyDocument document, ReplayAccess access, IEventBroker events,
			EPartService parts, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		Object first = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : selection;
		ReplayWizard wizard = new ReplayWizard(links(document), selectedLink(document, first), access, events,
				System.getProperty("user.name", "operator"));
		if (first instanceof StoredConflict conflict) {
			wizard.presetKey(conflict.key());
		}
		if (new WizardDialog(shell, wizard).open() == WizardDialog.OK) {
			parts.showPart(ReplayHistoryPart.ID, EPartService.PartState.VISIBLE);
		}
	}

	private static List<SyncLink> links(TopologyDocument document) {
		return document.topology().getLinks().stream()
				.filter(link -> link.getChangeLogTopic() != null && link.getCluster() != null).toList();
	}

	/** The link selected in the topology tree or overview, or the one of the dashboard row or conflict selected. */
	private static SyncLink selectedLink(TopologyDocument document, Object selected) {
		String linkId = selected instanceof LinkSnapshot row ? row.link().id()
				: selected instanceof StoredConflict conflict ? conflict.linkId() : null;
		if (linkId != null) {
			return links(document).stream().filter(link -> linkId.equals(link.getId())).findFirst().orElse(null);
		}
		return selected instanceof SyncLink link ? link : null;
	}
}
