package org.syncscope.ui.topology.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Rectangle;
import org.syncscope.topology.Database;
import org.syncscope.topology.Endpoint;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;
import org.syncscope.ui.topology.overview.Geometry.Pt;

/**
 * Lays a topology out without operator help: one column per region (in the order regions first appear),
 * Kafka clusters, then databases, then service replicas down each column. Links are quadratic curves bent to
 * the left of their direction, so a pair of opposite links between two endpoints becomes two distinct arcs
 * whose names do not overlap, and a link that skips columns arcs clear of the endpoints in between.
 */
final class OverviewLayout {

	/** Label of the column of endpoints without a region. */
	static final String NO_REGION = "(no region)";

	private static final int MARGIN = 16;
	private static final int HEADER = 28;
	private static final int NODE_HEIGHT = 46;
	private static final int MAX_NODE_WIDTH = 210;
	private static final double BEND = 0.28;

	/** A region column with its title. */
	record Column(String region, Rectangle area) {
	}

	/** A link drawn from {@code start} via {@code control} to {@code end}, its name centred on {@code label}. */
	record Curve(SyncLink link, Pt start, Pt control, Pt end, Pt label) {

		Pt at(double t) {
			return Geometry.quadratic(start, control, end, t);
		}
	}

	/** Everything the painter draws and the part hit-tests. */
	record Diagram(List<Column> columns, Map<Endpoint, Rectangle> nodes, List<Curve> curves) {
	}

	private OverviewLayout() {
	}

	static Diagram layout(Topology topology, int width, int height) {
		Map<String, List<Endpoint>> regions = new LinkedHashMap<>();
		for (Endpoint endpoint : topology.getEndpoints()) {
			regions.computeIfAbsent(region(endpoint), r -> new ArrayList<>()).add(endpoint);
		}
		List<Column> columns = new ArrayList<>();
		Map<Endpoint, Rectangle> nodes = new LinkedHashMap<>();
		int count = Math.max(1, regions.size());
		int columnWidth = Math.max(80, (width - 2 * MARGIN) / count);
		int rows = regions.values().stream().mapToInt(List::size).max().orElse(1);
		int rowHeight = Math.max(NODE_HEIGHT + 20, (height - 2 * MARGIN - HEADER) / rows);
		int nodeWidth = Math.min(MAX_NODE_WIDTH, columnWidth - 28);
		int index = 0;
		for (Map.Entry<String, List<Endpoint>> region : regions.entrySet()) {
			int x = MARGIN + index * columnWidth;
			columns.add(new Column(region.getKey(), new Rectangle(x + 4, MARGIN, columnWidth - 8,
					Math.max(HEADER + rows * rowHeight, height - 2 * MARGIN))));
			List<Endpoint> endpoints = new ArrayList<>(region.getValue());
			endpoints.sort(Comparator.comparingInt(OverviewLayout::rank));
			for (int row = 0; row < endpoints.size(); row++) {
				int y = MARGIN + HEADER + row * rowHeight + (rowHeight - NODE_HEIGHT) / 2;
				nodes.put(endpoints.get(row),
						new Rectangle(x + (columnWidth - nodeWidth) / 2, y, nodeWidth, NODE_HEIGHT));
			}
			index++;
		}
		List<Curve> curves = new ArrayList<>();
		for (SyncLink link : topology.getLinks()) {
			Rectangle source = nodes.get(link.getSource());
			Rectangle target = nodes.get(link.getTarget());
			if (source != null && target != null && source != target) {
				curves.add(curve(link, source, target));
			}
		}
		return new Diagram(columns, nodes, curves);
	}

	private static Curve curve(SyncLink link, Rectangle source, Rectangle target) {
		Pt from = Geometry.centre(source);
		Pt to = Geometry.centre(target);
		double dx = to.x() - from.x();
		double dy = to.y() - from.y();
		double length = Math.hypot(dx, dy);
		// the normal to the left of the direction (screen y grows downwards)
		double nx = dy / length;
		double ny = -dx / length;
		double bend = Math.max(60, length * BEND);
		Pt control = new Pt((from.x() + to.x()) / 2 + nx * bend, (from.y() + to.y()) / 2 + ny * bend);
		Pt start = Geometry.boundary(source, control);
		Pt end = Geometry.boundary(target, control);
		return new Curve(link, start, control, end, Geometry.quadratic(start, control, end, 0.5));
	}

	private static String region(Endpoint endpoint) {
		String region = endpoint.getRegion();
		return region == null || region.isBlank() ? NO_REGION : region.strip();
	}

	private static int rank(Endpoint endpoint) {
		if (endpoint instanceof KafkaCluster) {
			return 0;
		}
		return endpoint instanceof Database ? 1 : 2;
	}
}
