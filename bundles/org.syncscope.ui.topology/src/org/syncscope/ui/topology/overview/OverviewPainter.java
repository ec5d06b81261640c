package org.syncscope.ui.topology.overview;

import java.util.Map;
import java.util.Set;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.syncscope.topology.Database;
import org.syncscope.topology.Endpoint;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.KafkaConnectCluster;
import org.syncscope.topology.ServiceReplica;
import org.syncscope.topology.SyncLink;
import org.syncscope.ui.topology.overview.Geometry.Pt;
import org.syncscope.ui.topology.overview.OverviewLayout.Column;
import org.syncscope.ui.topology.overview.OverviewLayout.Curve;
import org.syncscope.ui.topology.overview.OverviewLayout.Diagram;

/**
 * Draws a laid-out diagram with SWT's GC: region columns, endpoints as boxes coloured by kind, links as
 * arrows with their names, selected elements highlighted, and status colours where monitoring provides
 * them.
 */
final class OverviewPainter {

	private static final Color BACKGROUND = new Color(255, 255, 255);
	private static final Color COLUMN = new Color(243, 245, 248);
	private static final Color COLUMN_TITLE = new Color(90, 100, 115);
	private static final Color KAFKA = new Color(255, 236, 204);
	private static final Color DATABASE = new Color(220, 234, 250);
	private static final Color SERVICE = new Color(222, 242, 224);
	private static final Color CONNECT = new Color(237, 228, 250);
	private static final Color BORDER = new Color(110, 120, 135);
	private static final Color LINK = new Color(70, 85, 110);
	private static final Color WRITES_TO = new Color(170, 178, 190);
	private static final Color SELECTED = new Color(0, 105, 217);
	private static final Color TEXT = new Color(25, 30, 40);
	private static final Color SECONDARY_TEXT = new Color(95, 105, 120);
	private static final int ARROW = 11;

	private final StatusColors status;
	private final Set<Object> selected;

	OverviewPainter(StatusColors status, Set<Object> selected) {
		this.status = status;
		this.selected = selected;
	}

	void paint(GC gc, Rectangle area, Diagram diagram) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setBackground(BACKGROUND);
		gc.fillRectangle(area);
		for (Column column : diagram.columns()) {
			paintColumn(gc, column);
		}
		paintWritesTo(gc, diagram.nodes());
		for (Curve curve : diagram.curves()) {
			paintCurve(gc, curve);
		}
		diagram.nodes().forEach((endpoint, box) -> paintNode(gc, endpoint, box));
		for (Curve curve : diagram.curves()) {
			paintLabel(gc, curve);
		}
	}

	private void paintColumn(GC gc, Column column) {
		Rectangle area = column.area();
		gc.setBackground(COLUMN);
		gc.fillRoundRectangle(area.x, area.y, area.width, area.height, 12, 12);
		gc.setForeground(COLUMN_TITLE);
		gc.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		String title = shorten(gc, column.region(), area.width - 8);
		Point extent = gc.textExtent(title);
		gc.drawText(title, area.x + (area.width - extent.x) / 2, area.y + 6, true);
	}

	private static void paintWritesTo(GC gc, Map<Endpoint, Rectangle> nodes) {
		gc.setForeground(WRITES_TO);
		gc.setLineWidth(1);
		gc.setLineStyle(SWT.LINE_DOT);
		nodes.forEach((endpoint, box) -> {
			if (endpoint instanceof ServiceReplica replica && nodes.get(replica.getDatabase()) instanceof Rectangle db) {
				Pt from = Geometry.boundary(box, Geometry.centre(db));
				Pt to = Geometry.boundary(db, Geometry.centre(box));
				gc.drawLine((int) from.x(), (int) from.y(), (int) to.x(), (int) to.y());
			}
		});
		gc.setLineStyle(SWT.LINE_SOLID);
	}

	private void paintCurve(GC gc, Curve curve) {
		Color color = linkColor(curve.link());
		gc.setForeground(color);
		gc.setBackground(color);
		gc.setLineWidth(selected.contains(curve.link()) ? 3 : 2);
		gc.setLineStyle(curve.link().isEnabled() ? SWT.LINE_SOLID : SWT.LINE_DASH);
		Path path = new Path(Display.getCurrent());
		try {
			path.moveTo((float) curve.start().x(), (float) curve.start().y());
			path.quadTo((float) curve.control().x(), (float) curve.control().y(), (float) curve.end().x(),
					(float) curve.end().y());
			gc.drawPath(path);
		} finally {
			path.dispose();
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		Pt tip = curve.end();
		Pt before = curve.at(0.93);
		double angle = Math.atan2(tip.y() - before.y(), tip.x() - before.x());
		int[] arrow = { (int) tip.x(), (int) tip.y(),
				(int) (tip.x() - ARROW * Math.cos(angle - 0.4)), (int) (tip.y() - ARROW * Math.sin(angle - 0.4)),
				(int) (tip.x() - ARROW * Math.cos(angle + 0.4)), (int) (tip.y() - ARROW * Math.sin(angle + 0.4)) };
		gc.fillPolygon(arrow);
	}

	private void paintLabel(GC gc, Curve curve) {
		gc.setFont(JFaceResources.getDefaultFont());
		String text = labelText(gc, curve.link());
		Rectangle box = labelBox(gc, curve, text);
		gc.setBackground(BACKGROUND);
		gc.fillRoundRectangle(box.x, box.y, box.width, box.height, 8, 8);
		gc.setForeground(linkColor(curve.link()));
		gc.setLineWidth(selected.contains(curve.link()) ? 2 : 1);
		gc.drawRoundRectangle(box.x, box.y, box.width, box.height, 8, 8);
		gc.setForeground(TEXT);
		gc.drawText(text, box.x + 5, box.y + 2, true);
		String note = status == null ? null : status.linkNote(curve.link());
		if (note != null) {
			gc.setForeground(SECONDARY_TEXT);
			Point extent = gc.textExtent(note);
			gc.drawText(note, (int) curve.label().x() - extent.x / 2, box.y + box.height + 1, true);
		}
	}

	/** A link's name as drawn, shortened to keep arrows readable. */
	static String labelText(GC gc, SyncLink link) {
		gc.setFont(JFaceResources.getDefaultFont());
		return shorten(gc, name(link), 170);
	}

	/** The box around a link's name, which is also where a click selects the link. */
	static Rectangle labelBox(GC gc, Curve curve, String text) {
		Point extent = gc.textExtent(text);
		return new Rectangle((int) curve.label().x() - extent.x / 2 - 5, (int) curve.label().y() - extent.y / 2 - 2,
				extent.x + 10, extent.y + 4);
	}

	private void paintNode(GC gc, Endpoint endpoint, Rectangle box) {
		gc.setBackground(kindColor(endpoint));
		gc.fillRoundRectangle(box.x, box.y, box.width, box.height, 10, 10);
		RGB statusColor = status == null ? null : status.endpoint(endpoint);
		boolean isSelected = selected.contains(endpoint);
		gc.setForeground(isSelected ? SELECTED : statusColor != null ? new Color(statusColor) : BORDER);
		gc.setLineWidth(isSelected || statusColor != null ? 3 : 1);
		gc.drawRoundRectangle(box.x, box.y, box.width, box.height, 10, 10);
		gc.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		gc.setForeground(TEXT);
		gc.drawText(shorten(gc, name(endpoint), box.width - 12), box.x + 7, box.y + 5, true);
		gc.setFont(JFaceResources.getDefaultFont());
		gc.setForeground(SECONDARY_TEXT);
		gc.drawText(shorten(gc, kind(endpoint) + " · " + endpoint.getId(), box.width - 12), box.x + 7,
				box.y + box.height / 2 + 2, true);
	}

	private Color linkColor(SyncLink link) {
		if (selected.contains(link)) {
			return SELECTED;
		}
		RGB statusColor = status == null ? null : status.link(link);
		return statusColor == null ? LINK : new Color(statusColor);
	}

	static String name(Endpoint endpoint) {
		return endpoint.getName() == null || endpoint.getName().isBlank() ? String.valueOf(endpoint.getId())
				: endpoint.getName();
	}

	static String name(SyncLink link) {
		return link.getName() == null || link.getName().isBlank() ? String.valueOf(link.getId()) : link.getName();
	}

	private static String kind(Endpoint endpoint) {
		if (endpoint instanceof KafkaCluster) {
			return "Kafka";
		}
		if (endpoint instanceof KafkaConnectCluster) {
			return "Kafka Connect";
		}
		return endpoint instanceof Database ? "Database" : "Service";
	}

	private static Color kindColor(Endpoint endpoint) {
		if (endpoint instanceof KafkaCluster) {
			return KAFKA;
		}
		if (endpoint instanceof KafkaConnectCluster) {
			return CONNECT;
		}
		return endpoint instanceof Database ? DATABASE : SERVICE;
	}

	static String shorten(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		String shortened = text;
		while (shortened.length() > 1 && gc.textExtent(shortened + "…").x > width) {
			shortened = shortened.substring(0, shortened.length() - 1);
		}
		return shortened + "…";
	}
}
