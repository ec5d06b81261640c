package org.syncscope.ui.topology.viewers;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Labels and icons from EMF.Edit item providers ({@link IItemLabelProvider}) for JFace viewers. Item
 * providers describe icons as URLs (or composed images); this turns them into SWT images owned by the
 * provider and freed with it.
 */
public class ItemLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;
	private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

	public ItemLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = provider(element);
		return provider == null ? String.valueOf(element) : provider.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = provider(element);
		return provider == null ? null : image(provider.getImage(element));
	}

	/** The SWT image for an item provider's image object (URL, composed image), or null. */
	public Image image(Object itemImage) {
		if (itemImage instanceof URL url) {
			return images.create(ImageDescriptor.createFromURL(url));
		}
		if (itemImage instanceof ComposedImage composed) {
			List<Object> parts = composed.getImages();
			return parts.isEmpty() ? null : image(parts.get(0));
		}
		return itemImage instanceof Image image ? image : null;
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}

	private IItemLabelProvider provider(Object element) {
		return (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
	}
}
