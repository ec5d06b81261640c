package org.syncscope.ui.topology.properties;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.syncscope.ui.topology.ActiveTopology;
import org.syncscope.ui.topology.TopologyDocument;
import org.syncscope.ui.topology.viewers.ItemLabelProvider;

/**
 * The properties of the element selected in the tree or the overview, as its item provider describes them
 * ({@link IItemPropertySource}), editable in place. The platform's property sheet needs the 3.x workbench
 * and emf.edit.ui, so this is the e4-only equivalent.
 */
public class PropertiesPart {

	private final UISynchronize sync;
	private final ActiveTopology active;
	private final INotifyChangedListener modelListener = notification -> refreshLater();
	private Label title;
	private TableViewer viewer;
	private TopologyDocument document;
	private ItemLabelProvider labels;
	private EObject shown;

	@Inject
	public PropertiesPart(UISynchronize sync, ActiveTopology active) {
		this.sync = sync;
		this.active = active;
	}

	@PostConstruct
	public void createControls(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		title = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(title);
		Composite tableHolder = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tableHolder);
		TableColumnLayout layout = new TableColumnLayout();
		tableHolder.setLayout(layout);
		viewer = new TableViewer(tableHolder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn name = new TableViewerColumn(viewer, SWT.LEFT);
		name.getColumn().setText("Property");
		name.setLabelProvider(ColumnLabelProvider.createTextProvider(row -> ((PropertyRow) row).name()));
		layout.setColumnData(name.getColumn(), new ColumnWeightData(30, 120));
		TableViewerColumn value = new TableViewerColumn(viewer, SWT.LEFT);
		value.getColumn().setText("Value");
		value.setLabelProvider(ColumnLabelProvider.createTextProvider(row -> ((PropertyRow) row).text()));
		value.setEditingSupport(new PropertyEditingSupport(viewer, active::status));
		layout.setColumnData(value.getColumn(), new ColumnWeightData(70, 200));
		show(null);
	}

	@Inject
	public void setDocument(@Optional TopologyDocument newDocument) {
		if (document != null) {
			document.adapterFactory().removeListener(modelListener);
		}
		document = newDocument;
		if (document != null) {
			document.adapterFactory().addListener(modelListener);
			if (labels != null) {
				labels.dispose();
			}
			labels = new ItemLabelProvider(document.adapterFactory());
		}
		if (viewer != null) {
			show(null);
		}
	}

	@Inject
	public void setSelection(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) IStructuredSelection selection) {
		if (viewer != null && document != null && selection != null && selection.size() == 1
				&& selection.getFirstElement() instanceof EObject element && element.eResource() == document.resource()) {
			show(element);
		}
	}

	/** The element whose properties are shown, or null. */
	public EObject shown() {
		return shown;
	}

	/** The viewer, for tests that edit a property as an operator would. */
	public TableViewer viewer() {
		return viewer;
	}

	@Focus
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@PreDestroy
	public void dispose() {
		setDocument(null);
		if (labels != null) {
			labels.dispose();
		}
	}

	private void show(EObject element) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		shown = element;
		if (element == null) {
			title.setText(document == null ? "No topology open." : "Select an element to see its properties.");
			viewer.setInput(List.of());
			return;
		}
		title.setText(labels.getText(element));
		IItemPropertySource source = (IItemPropertySource) document.adapterFactory().adapt(element,
				IItemPropertySource.class);
		viewer.setInput(source.getPropertyDescriptors(element).stream()
				.map(d -> new PropertyRow(document.domain(), element, d)).toList());
	}

	private void refreshLater() {
		sync.asyncExec(() -> {
			if (viewer.getControl().isDisposed()) {
				return;
			}
			if (shown != null && shown.eResource() == null) {
				show(null);
			} else if (shown != null) {
				title.setText(labels.getText(shown));
				viewer.refresh();
			}
		});
	}
}
