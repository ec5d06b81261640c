package org.syncscope.ui.topology;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.syncscope.topology.Topology;

/**
 * The structural edits of the editor (new child, new sibling, delete), built from the item providers'
 * commands and run on the document's command stack so that each one is a single undoable step. Shared by
 * the context menu and the Edit menu handlers.
 */
public final class TopologyEdits {

	private TopologyEdits() {
	}

	/** What can be created under {@code owner}: the item providers' new-child descriptors. */
	public static List<CommandParameter> newChildren(TopologyDocument document, Object owner) {
		return document.domain().getNewChildDescriptors(owner, null).stream()
				.filter(CommandParameter.class::isInstance).map(CommandParameter.class::cast).toList();
	}

	/** A command creating the child described by {@code descriptor} under {@code owner}. */
	public static Command createChild(TopologyDocument document, EObject owner, CommandParameter descriptor) {
		NewChildDefaults.apply(document.topology(), descriptor.getEValue());
		return CreateChildCommand.create(document.domain(), owner, descriptor, List.of(owner));
	}

	/** What a create-child menu entry says, for example "Database" (the item provider's create-child text). */
	public static String label(TopologyDocument document, EObject owner, CommandParameter descriptor) {
		Command command = CreateChildCommand.create(document.domain(), owner, descriptor, List.of(owner));
		return command instanceof CommandActionDelegate delegate ? delegate.getText() : command.getLabel();
	}

	/** Runs {@code command} if it can run; returns the objects it affected (e.g. the new child). */
	public static Collection<?> execute(TopologyDocument document, Command command) {
		if (!command.canExecute()) {
			return List.of();
		}
		document.domain().getCommandStack().execute(command);
		return command.getAffectedObjects();
	}

	/** A command deleting {@code elements} and every reference to them; the topology root is never deleted. */
	public static Command delete(TopologyDocument document, Collection<?> elements) {
		List<?> deletable = elements.stream().filter(e -> e instanceof EObject && !(e instanceof Topology))
				.toList();
		EditingDomain domain = document.domain();
		return DeleteCommand.create(domain, deletable);
	}
}
