package org.syncscope.ui.topology.tree;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.syncscope.kafka.monitor.SecureStorageCredentials;
import org.syncscope.ui.topology.ActiveTopology;
import org.syncscope.ui.topology.TopologyDocument;
import org.syncscope.ui.topology.TopologyEdits;
import org.syncscope.ui.topology.TopologySaver;
import org.syncscope.ui.topology.TopologyUi;
import org.syncscope.ui.topology.credentials.EndpointCredentials;
import org.syncscope.ui.topology.viewers.ItemContentProvider;
import org.syncscope.ui.topology.viewers.ItemLabelProvider;

/**
 * The topology editor: the open file as a tree of endpoints and links, with a context menu to create and
 * delete elements, drag and drop to reorder or move them, the dirty marker of the part and {@code @Persist}
 * for Save. Its selection is the workbench selection, and it follows selections made elsewhere (overview,
 * Problems) so that both always show the same element.
 */
public class TopologyTreePart {

	/** Key of the part's persisted state with the text shown while no topology is open. */
	public static final String HINT_KEY = "hint";

	private final MPart part;
	private final UISynchronize sync;
	private final ESelectionService selectionService;
	private final ActiveTopology active;
	private final IEclipseContext context;
	private final Runnable dirtyTracker = this::showDirtyState;
	private Composite stack;
	private Label hint;
	private TreeViewer viewer;
	private TopologyDocument document;

	@Inject
	public TopologyTreePart(MPart part, UISynchronize sync, ESelectionService selectionService,
			ActiveTopology active, IEclipseContext context) {
		this.part = part;
		this.context = context;
		this.sync = sync;
		this.selectionService = selectionService;
		this.active = active;
	}

	@PostConstruct
	public void createControls(Composite parent) {
		stack = new Composite(parent, SWT.NONE);
		stack.setLayout(new StackLayout());
		Composite hintPage = new Composite(stack, SWT.NONE);
		hintPage.setLayout(new GridLayout());
		hint = new Label(hintPage, SWT.WRAP | SWT.CENTER);
		hint.setText(part.getPersistedState().getOrDefault(HINT_KEY, "Open a topology (.synctopo)."));
		hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, true));
		viewer = new TreeViewer(stack, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.addSelectionChangedListener(event -> selectionService.setSelection(event.getStructuredSelection()));
		viewer.getTree().addKeyListener(new KeyAdapter() {
			@Override
			public void keyPressed(KeyEvent event) {
				if (event.keyCode == SWT.DEL && event.stateMask == 0 && document != null) {
					TopologyEdits.execute(document,
							TopologyEdits.delete(document, viewer.getStructuredSelection().toList()));
				}
			}
		});
		new TreeMenu(viewer, this::document, active,
				() -> new EndpointCredentials(context.get(SecureStorageCredentials.class), active::status,
						cluster -> context.get(IEventBroker.class).post(TopologyUi.TOPIC_CREDENTIALS_CHANGED, cluster)),
				this::replayCommand).install();
		new TreeDragAndDrop(viewer, this::document).install();
		showDocument();
	}

	/** The replay command on the current selection, when the replay bundle offers one that can run. */
	private java.util.Optional<Runnable> replayCommand() {
		ParameterizedCommand command = context.get(ECommandService.class).createCommand(TopologyUi.REPLAY_COMMAND, null);
		EHandlerService handlers = context.get(EHandlerService.class);
		return command != null && handlers.canExecute(command)
				? java.util.Optional.of(() -> handlers.executeHandler(command))
				: java.util.Optional.empty();
	}

	@Inject
	public void setDocument(@Optional TopologyDocument newDocument) {
		if (document != null) {
			document.removeStateListener(dirtyTracker);
		}
		document = newDocument;
		if (document != null) {
			document.addStateListener(dirtyTracker);
		}
		if (viewer != null && !viewer.getControl().isDisposed()) {
			showDocument();
		}
	}

	/** Selects what another part selected, if it is an element of this topology. */
	@Inject
	public void follow(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) IStructuredSelection selection) {
		if (viewer == null || viewer.getControl().isDisposed() || document == null || selection == null
				|| selection.isEmpty() || selection.equals(viewer.getStructuredSelection())) {
			return;
		}
		List<?> elements = selection.toList().stream().filter(this::isInDocument).toList();
		if (!elements.isEmpty()) {
			viewer.setSelection(new StructuredSelection(elements), true);
		}
	}

	@Persist
	public void save(TopologySaver saver, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		if (document != null) {
			saver.save(shell, document);
		}
	}

	@Focus
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	/** The viewer, for tests that drive the editor as an operator would. */
	public TreeViewer viewer() {
		return viewer;
	}

	@PreDestroy
	public void dispose() {
		if (document != null) {
			document.removeStateListener(dirtyTracker);
		}
	}

	private TopologyDocument document() {
		return document;
	}

	private void showDocument() {
		if (viewer.getContentProvider() != null) {
			viewer.setInput(null);
		}
		StackLayout layout = (StackLayout) stack.getLayout();
		if (document == null) {
			layout.topControl = hint.getParent();
			part.setLabel("Topology");
		} else {
			// the viewer disposes the providers of the previous document
			viewer.setContentProvider(new ItemContentProvider(document.adapterFactory(), sync));
			viewer.setLabelProvider(new ItemLabelProvider(document.adapterFactory()));
			viewer.setInput(document.resource());
			viewer.expandToLevel(2);
			layout.topControl = viewer.getControl();
		}
		stack.layout();
		showDirtyState();
	}

	private void showDirtyState() {
		sync.syncExec(() -> {
			part.setDirty(document != null && document.isDirty());
			if (document != null) {
				part.setLabel("Topology: " + document.file().getFileName());
			}
		});
	}

	private boolean isInDocument(Object element) {
		return element instanceof EObject object && object.eResource() == document.resource();
	}
}
