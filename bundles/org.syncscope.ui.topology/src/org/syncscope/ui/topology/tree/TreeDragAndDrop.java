package org.syncscope.ui.topology.tree;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.syncscope.ui.topology.TopologyDocument;
import org.syncscope.ui.topology.TopologyEdits;

/**
 * Drag and drop inside the tree: reorder endpoints or links, or move a client property to another Kafka
 * cluster. EMF's {@link DragAndDropCommand} decides what a drop before, on or after an element means, so a
 * drop is one undoable command.
 */
final class TreeDragAndDrop {

	private static final float BEFORE = 0.1f;
	private static final float ON = 0.5f;
	private static final float AFTER = 0.9f;

	private final TreeViewer viewer;
	private final Supplier<TopologyDocument> document;

	TreeDragAndDrop(TreeViewer viewer, Supplier<TopologyDocument> document) {
		this.viewer = viewer;
		this.document = document;
	}

	void install() {
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(viewer.getStructuredSelection());
				event.doit = document.get() != null && !viewer.getStructuredSelection().isEmpty();
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(null);
			}
		});
		viewer.addDropSupport(DND.DROP_MOVE, transfers, new DropAdapter());
	}

	private final class DropAdapter extends ViewerDropAdapter {

		DropAdapter() {
			super(viewer);
		}

		@Override
		public boolean validateDrop(Object target, int operation, TransferData type) {
			Command command = command(target);
			return command != null && command.canExecute();
		}

		@Override
		public boolean performDrop(Object data) {
			Command command = command(getCurrentTarget());
			return command != null && !TopologyEdits.execute(document.get(), command).isEmpty();
		}

		private Command command(Object target) {
			TopologyDocument doc = document.get();
			if (doc == null || target == null
					|| !(LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection dragged)) {
				return null;
			}
			float location = switch (getCurrentLocation()) {
			case LOCATION_BEFORE -> BEFORE;
			case LOCATION_AFTER -> AFTER;
			default -> ON;
			};
			List<?> elements = dragged.toList();
			return DragAndDropCommand.create(doc.domain(), target, location, DragAndDropFeedback.DROP_MOVE,
					DragAndDropFeedback.DROP_MOVE, elements);
		}
	}
}
