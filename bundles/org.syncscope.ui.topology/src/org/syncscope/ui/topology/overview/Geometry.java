package org.syncscope.ui.topology.overview;

import org.eclipse.swt.graphics.Rectangle;

/** The small amount of plane geometry the overview needs: points, boxes and quadratic curves. */
final class Geometry {

	private Geometry() {
	}

	/** A point with fractional coordinates. */
	record Pt(double x, double y) {

		Pt plus(double dx, double dy) {
			return new Pt(x + dx, y + dy);
		}

		double distance(Pt other) {
			return Math.hypot(other.x - x, other.y - y);
		}
	}

	static Pt centre(Rectangle box) {
		return new Pt(box.x + box.width / 2.0, box.y + box.height / 2.0);
	}

	/** Where the segment from {@code outside} to the centre of {@code box} enters the box. */
	static Pt boundary(Rectangle box, Pt outside) {
		Pt centre = centre(box);
		double dx = outside.x() - centre.x();
		double dy = outside.y() - centre.y();
		if (dx == 0 && dy == 0) {
			return centre;
		}
		double scaleX = dx == 0 ? Double.MAX_VALUE : (box.width / 2.0) / Math.abs(dx);
		double scaleY = dy == 0 ? Double.MAX_VALUE : (box.height / 2.0) / Math.abs(dy);
		double scale = Math.min(Math.min(scaleX, scaleY), 1);
		return centre.plus(dx * scale, dy * scale);
	}

	/** The point at {@code t} (0..1) of the quadratic Bezier curve from {@code a} via {@code c} to {@code b}. */
	static Pt quadratic(Pt a, Pt c, Pt b, double t) {
		double u = 1 - t;
		return new Pt(u * u * a.x() + 2 * u * t * c.x() + t * t * b.x(),
				u * u * a.y() + 2 * u * t * c.y() + t * t * b.y());
	}
}
