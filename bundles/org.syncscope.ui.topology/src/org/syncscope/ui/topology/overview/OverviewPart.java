package org.syncscope.ui.topology.overview;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.events.MouseListener;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.syncscope.topology.Endpoint;
import org.syncscope.ui.topology.TopologyDocument;
import org.syncscope.ui.topology.overview.Geometry.Pt;
import org.syncscope.ui.topology.overview.OverviewLayout.Curve;
import org.syncscope.ui.topology.overview.OverviewLayout.Diagram;

/**
 * The open topology as a picture: endpoints as boxes in region columns, links as named arrows. Redraws on
 * every model change (EMF notifications through the item providers), selects what is clicked and shows
 * what is selected elsewhere, so that tree and picture stay in step.
 */
public class OverviewPart {

	private static final int CURVE_HIT_DISTANCE = 6;

	private final UISynchronize sync;
	private final ESelectionService selectionService;
	private final Set<Object> selected = new HashSet<>();
	private final INotifyChangedListener modelListener = notification -> redrawLater();
	private Canvas canvas;
	private TopologyDocument document;
	private StatusColors status;
	private Diagram diagram;

	@Inject
	public OverviewPart(UISynchronize sync, ESelectionService selectionService) {
		this.sync = sync;
		this.selectionService = selectionService;
	}

	@PostConstruct
	public void createControls(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		canvas.addPaintListener(event -> paint(event.gc));
		canvas.addListener(SWT.Resize, event -> canvas.redraw());
		canvas.addMouseListener(MouseListener.mouseDownAdapter(this::clicked));
	}

	@Inject
	public void setDocument(@Optional TopologyDocument newDocument) {
		if (document != null) {
			document.adapterFactory().removeListener(modelListener);
		}
		document = newDocument;
		selected.clear();
		if (document != null) {
			document.adapterFactory().addListener(modelListener);
		}
		redrawLater();
	}

	@Inject
	public void setStatusColors(@Optional StatusColors colors) {
		status = colors;
		redrawLater();
	}

	@Inject
	public void setSelection(
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) IStructuredSelection selection) {
		if (selection == null || document == null) {
			return;
		}
		selected.clear();
		selected.addAll(selection.toList());
		redrawLater();
	}

	/**
	 * Where the overview draws {@code element} (the centre of an endpoint's box or of a link's name), or null
	 * if it is not drawn; for tests that click it.
	 */
	public Point centreOf(Object element) {
		if (diagram == null) {
			return null;
		}
		if (diagram.nodes().get(element) instanceof Rectangle box) {
			Pt centre = Geometry.centre(box);
			return new Point((int) centre.x(), (int) centre.y());
		}
		return diagram.curves().stream().filter(c -> c.link() == element).findFirst()
				.map(c -> new Point((int) c.label().x(), (int) c.label().y())).orElse(null);
	}

	/** The elements drawn as selected. */
	public Set<Object> selected() {
		return Set.copyOf(selected);
	}

	/** The canvas, for tests and screenshots. */
	public Canvas canvas() {
		return canvas;
	}

	@Focus
	public void setFocus() {
		canvas.setFocus();
	}

	@PreDestroy
	public void dispose() {
		if (document != null) {
			document.adapterFactory().removeListener(modelListener);
		}
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		if (document == null) {
			diagram = null;
			gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(area);
			gc.drawText("Open a topology to see its endpoints and sync links.", 16, 16, true);
			return;
		}
		diagram = OverviewLayout.layout(document.topology(), area.width, area.height);
		new OverviewPainter(status, selected).paint(gc, area, diagram);
	}

	private void clicked(MouseEvent event) {
		Object hit = hit(event.x, event.y);
		if (hit != null) {
			selected.clear();
			selected.add(hit);
			canvas.redraw();
			selectionService.setSelection(new StructuredSelection(hit));
		}
	}

	private Object hit(int x, int y) {
		if (diagram == null) {
			return null;
		}
		GC gc = new GC(canvas);
		try {
			for (Curve curve : diagram.curves()) {
				if (OverviewPainter.labelBox(gc, curve, OverviewPainter.labelText(gc, curve.link())).contains(x, y)) {
					return curve.link();
				}
			}
		} finally {
			gc.dispose();
		}
		for (Map.Entry<Endpoint, Rectangle> node : diagram.nodes().entrySet()) {
			if (node.getValue().contains(x, y)) {
				return node.getKey();
			}
		}
		Pt click = new Pt(x, y);
		for (Curve curve : diagram.curves()) {
			for (int i = 0; i <= 40; i++) {
				if (curve.at(i / 40.0).distance(click) <= CURVE_HIT_DISTANCE) {
					return curve.link();
				}
			}
		}
		return null;
	}

	private void redrawLater() {
		sync.asyncExec(() -> {
			if (canvas != null && !canvas.isDisposed()) {
				canvas.redraw();
			}
		});
	}
}
