package org.syncscope.ui.topology.viewers;

import java.util.Collection;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;

/**
 * Feeds a JFace tree from EMF.Edit item providers ({@link ITreeItemContentProvider}) and refreshes it from
 * their viewer notifications. EMF's own adapter for this lives in emf.edit.ui, which is not on Maven Central.
 * The input is a {@link Resource}; its contents are the roots.
 */
public class ItemContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private static final Object[] NONE = {};

	private final AdapterFactory adapterFactory;
	private final UISynchronize sync;
	private StructuredViewer viewer;

	public ItemContentProvider(AdapterFactory adapterFactory, UISynchronize sync) {
		this.adapterFactory = adapterFactory;
		this.sync = sync;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		this.viewer = (StructuredViewer) newViewer;
	}

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof Resource resource) {
			return resource.getContents().toArray();
		}
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider provider = provider(parent);
		if (provider == null) {
			return NONE;
		}
		Collection<?> children = provider.getChildren(parent);
		return children.toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = provider(element);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = provider(element);
		return provider != null && provider.hasChildren(element);
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (notification instanceof IViewerNotification change && viewer != null) {
			sync.syncExec(() -> refresh(change));
		}
	}

	private void refresh(IViewerNotification change) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		Object element = change.getElement();
		if (change.isContentRefresh()) {
			viewer.refresh(element, change.isLabelUpdate());
		} else if (change.isLabelUpdate()) {
			viewer.update(element, null);
		}
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
	}

	private ITreeItemContentProvider provider(Object element) {
		return (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
	}
}
