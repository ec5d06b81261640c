package org.syncscope.ui.topology.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.syncscope.connect.monitor.ConnectMonitor;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.kafka.monitor.MonitoringSnapshot;
import org.syncscope.connect.monitor.LinkConnectState;
import org.syncscope.ui.topology.TopologyDocument;
import org.syncscope.ui.topology.TopologyUi;
import org.syncscope.ui.topology.Validation;
import org.syncscope.ui.topology.viewers.ItemLabelProvider;
import org.syncscope.ui.parts.EmptyTableMessage;

/**
 * Lists what the last validation of the open topology found (on demand or on save), and what the monitors
 * last read that needs fixing ({@link PipelineProblems}: a missing ACL, a source table without full
 * before-images):
 * severity, message and element. Double-clicking a problem selects its element in the topology tree, where it
 * can be fixed.
 */
public class ProblemsPart {

	private final MPart part;
	private final EPartService partService;
	private final ESelectionService selectionService;
	private final ConnectMonitor connectMonitor;
	private final MonitoringService monitoring;
	private final Consumer<Map<String, LinkConnectState>> pipelineListener;
	private final Consumer<MonitoringSnapshot> monitoringListener;
	private TableViewer viewer;
	private Validation validation;
	private TopologyDocument document;
	private ItemLabelProvider labels;
	private List<String> shownPipelineProblems = List.of();

	@Inject
	public ProblemsPart(MPart part, EPartService partService, ESelectionService selectionService,
			ConnectMonitor connectMonitor, MonitoringService monitoring, UISynchronize sync) {
		this.part = part;
		this.partService = partService;
		this.selectionService = selectionService;
		this.connectMonitor = connectMonitor;
		this.monitoring = monitoring;
		this.pipelineListener = states -> sync.asyncExec(this::pipelineChecked);
		this.monitoringListener = snapshot -> sync.asyncExec(this::pipelineChecked);
	}

	@PostConstruct
	public void createControls(Composite parent) {
		TableColumnLayout layout = new TableColumnLayout();
		parent.setLayout(layout);
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		EmptyTableMessage.install(viewer.getTable(), "No problems known. Saving the topology, or Edit > Validate,"
				+ " checks it; what a monitored pipeline's source databases need (a table without full"
				+ " before-images) appears here too. Double-click a problem to select what it is about.");
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		addColumn(layout, "Severity", 10, ProblemsPart::severity, ProblemsPart::icon);
		addColumn(layout, "Message", 70, Diagnostic::getMessage, p -> null);
		addColumn(layout, "Element", 20, this::element, p -> null);
		viewer.addDoubleClickListener(
				event -> reveal((Diagnostic) ((IStructuredSelection) event.getSelection()).getFirstElement()));
		connectMonitor.addListener(pipelineListener);
		monitoring.addSnapshotListener(monitoringListener);
		show();
	}

	@PreDestroy
	void dispose() {
		connectMonitor.removeListener(pipelineListener);
		monitoring.removeSnapshotListener(monitoringListener);
		if (labels != null) {
			labels.dispose();
		}
	}

	@Inject
	public void setValidation(@Optional Validation newValidation) {
		validation = newValidation;
		refresh();
	}

	@Inject
	public void setDocument(@Optional TopologyDocument newDocument) {
		document = newDocument;
		refresh();
	}

	/** The viewer, for tests. */
	public TableViewer viewer() {
		return viewer;
	}

	/** Selects the element of {@code problem} in the topology tree and brings the tree to the front. */
	public void reveal(Diagnostic problem) {
		EObject element = problem == null ? null : Validation.elementOf(problem);
		if (element != null) {
			selectionService.setSelection(new StructuredSelection(element));
			partService.showPart(TopologyUi.TREE_PART, PartState.ACTIVATE);
		}
	}

	@Focus
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	private void refresh() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			show();
		}
	}

	/**
	 * A round of the Connect monitor or of monitoring: the list is shown again only when the pipeline's problems
	 * changed, so that a selected problem stays selected.
	 */
	private void pipelineChecked() {
		TopologyDocument shown = shownDocument();
		if (viewer != null && !viewer.getControl().isDisposed() && shown != null
				&& !signatures(pipelineProblems(shown)).equals(shownPipelineProblems)) {
			show();
		}
	}

	private List<Diagnostic> pipelineProblems(TopologyDocument shown) {
		return PipelineProblems.of(shown.topology(), monitoring.latest().links(), connectMonitor.latest());
	}

	private TopologyDocument shownDocument() {
		return validation != null ? validation.document() : document;
	}

	/** What tells two lists of problems apart: severity, message and element of each. */
	private static List<String> signatures(List<Diagnostic> problems) {
		return problems.stream().map(problem -> problem.getSeverity() + " " + problem.getMessage() + " "
				+ System.identityHashCode(Validation.elementOf(problem))).toList();
	}

	private void show() {
		if (labels != null) {
			labels.dispose();
			labels = null;
		}
		TopologyDocument shown = shownDocument();
		if (shown == null) {
			part.setLabel("Problems");
			viewer.setInput(List.of());
			return;
		}
		List<Diagnostic> problems = new ArrayList<>();
		if (validation != null) {
			problems.addAll(validation.problems());
		}
		List<Diagnostic> pipeline = pipelineProblems(shown);
		shownPipelineProblems = signatures(pipeline);
		problems.addAll(pipeline);
		labels = new ItemLabelProvider(shown.adapterFactory());
		part.setLabel(problems.isEmpty() ? "Problems" : "Problems (" + problems.size() + ")");
		viewer.setInput(problems);
	}

	private void addColumn(TableColumnLayout layout, String title, int weight, Function<Diagnostic, String> text,
			Function<Diagnostic, Image> image) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Diagnostic) element);
			}

			@Override
			public Image getImage(Object element) {
				return image.apply((Diagnostic) element);
			}
		});
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
	}

	private String element(Diagnostic problem) {
		EObject element = Validation.elementOf(problem);
		return element == null || labels == null ? "" : labels.getText(element);
	}

	private static String severity(Diagnostic problem) {
		return problem.getSeverity() >= Diagnostic.ERROR ? "Error"
				: problem.getSeverity() == Diagnostic.WARNING ? "Warning" : "Info";
	}

	private static Image icon(Diagnostic problem) {
		String key = problem.getSeverity() >= Diagnostic.ERROR ? Dialog.DLG_IMG_MESSAGE_ERROR
				: problem.getSeverity() == Diagnostic.WARNING ? Dialog.DLG_IMG_MESSAGE_WARNING
						: Dialog.DLG_IMG_MESSAGE_INFO;
		return JFaceResources.getImage(key);
	}
}
