package org.syncscope.ui.topology.tree;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.syncscope.topology.Endpoint;
import org.syncscope.topology.SyncLink;
import org.syncscope.ui.topology.ActiveTopology;
import org.syncscope.ui.topology.TopologyDocument;
import org.syncscope.ui.topology.TopologyEdits;
import org.syncscope.ui.topology.Validation;
import org.syncscope.ui.topology.credentials.EndpointCredentials;

/**
 * The tree's context menu, rebuilt each time it opens from what the item providers offer for the selection:
 * New Child and New Sibling submenus, Credentials… on a Kafka cluster, Replay… on a sync link (when the replay
 * command can run), Delete, Undo/Redo with the label of
 * the command they would undo, and Validate.
 */
final class TreeMenu {

	/** Texts of the menu entries, for tests that use the menu as an operator would. */
	static final String NEW_CHILD = "New Child";
	static final String NEW_SIBLING = "New Sibling";
	static final String CREDENTIALS = "Credentials…";
	static final String REPLAY = "Replay…";

	private final TreeViewer viewer;
	private final Supplier<TopologyDocument> document;
	private final ActiveTopology active;
	private final Supplier<EndpointCredentials> credentials;
	private final Supplier<Optional<Runnable>> replay;

	/** {@code replay} gives the replay command for the selected link, when one can run. */
	TreeMenu(TreeViewer viewer, Supplier<TopologyDocument> document, ActiveTopology active,
			Supplier<EndpointCredentials> credentials, Supplier<Optional<Runnable>> replay) {
		this.viewer = viewer;
		this.document = document;
		this.active = active;
		this.credentials = credentials;
		this.replay = replay;
	}

	void install() {
		MenuManager manager = new MenuManager("#TopologyTree");
		manager.setRemoveAllWhenShown(true);
		manager.addMenuListener(this::fill);
		viewer.getControl().setMenu(manager.createContextMenu(viewer.getControl()));
	}

	private void fill(IMenuManager menu) {
		TopologyDocument doc = document.get();
		if (doc == null) {
			return;
		}
		IStructuredSelection selection = viewer.getStructuredSelection();
		Object selected = selection.size() == 1 ? selection.getFirstElement() : null;
		if (selected instanceof EObject owner) {
			menu.add(creationMenu(NEW_CHILD, doc, owner));
			if (owner.eContainer() != null) {
				menu.add(creationMenu(NEW_SIBLING, doc, owner.eContainer()));
			}
			if (owner instanceof Endpoint endpoint && EndpointCredentials.credentialsKey(endpoint).isPresent()) {
				menu.add(action(CREDENTIALS, true,
						() -> credentials.get().edit(viewer.getControl().getShell(), doc, endpoint)));
			}
			if (owner instanceof SyncLink) {
				replay.get().ifPresent(command -> menu.add(action(REPLAY, true, command)));
			}
			menu.add(new Separator());
		}
		Command delete = TopologyEdits.delete(doc, selection.toList());
		menu.add(action("Delete", delete.canExecute(), () -> TopologyEdits.execute(doc, delete)));
		menu.add(new Separator());
		CommandStack stack = doc.domain().getCommandStack();
		menu.add(action(label("Undo", stack.getUndoCommand()), stack.canUndo(), stack::undo));
		menu.add(action(label("Redo", stack.getRedoCommand()), stack.canRedo(), stack::redo));
		menu.add(new Separator());
		menu.add(action("Validate", true, () -> active.publish(Validation.of(doc))));
	}

	private MenuManager creationMenu(String text, TopologyDocument doc, EObject owner) {
		MenuManager submenu = new MenuManager(text);
		for (CommandParameter descriptor : TopologyEdits.newChildren(doc, owner)) {
			submenu.add(action(TopologyEdits.label(doc, owner, descriptor), true, () -> {
				Collection<?> created = TopologyEdits.execute(doc, TopologyEdits.createChild(doc, owner, descriptor));
				viewer.setSelection(new StructuredSelection(created.toArray()), true);
			}));
		}
		return submenu;
	}

	private static String label(String verb, Command command) {
		return command == null || command.getLabel() == null ? verb : verb + " " + command.getLabel();
	}

	private static Action action(String text, boolean enabled, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setEnabled(enabled);
		return action;
	}
}
