package org.syncscope.ui.dashboard;

import java.util.TreeSet;
import java.util.stream.Stream;

import org.jfree.data.xy.XYSeries;

/**
 * Thins a series for drawing: splits it into buckets of consecutive points and keeps each bucket's lowest and
 * highest point, in time order. A chart a few hundred pixels wide cannot show more, and peaks and dips (a lag
 * spike, a stall) survive, unlike with plain decimation. An empty point (a gap in the line) in a bucket is
 * kept too, in its place.
 */
final class MinMaxDownsampler {

	private MinMaxDownsampler() {
	}

	/** {@code series} itself if it has at most {@code maxPoints} points, else its min/max thinning. */
	static XYSeries downsample(XYSeries series, int maxPoints) {
		int count = series.getItemCount();
		if (count <= maxPoints) {
			return series;
		}
		int buckets = Math.max(1, maxPoints / 2);
		XYSeries thinned = new XYSeries(series.getKey(), false, true);
		for (int bucket = 0; bucket < buckets; bucket++) {
			int from = (int) ((long) bucket * count / buckets);
			int to = (int) ((long) (bucket + 1) * count / buckets);
			int min = -1;
			int max = -1;
			int gap = -1;
			for (int i = from; i < to; i++) {
				Number y = series.getY(i);
				if (y == null) {
					gap = gap < 0 ? i : gap;
				} else {
					min = min < 0 || y.doubleValue() < series.getY(min).doubleValue() ? i : min;
					max = max < 0 || y.doubleValue() > series.getY(max).doubleValue() ? i : max;
				}
			}
			new TreeSet<>(Stream.of(min, max, gap).filter(i -> i >= 0).toList())
					.forEach(i -> thinned.add(series.getX(i), series.getY(i), false));
		}
		return thinned;
	}
}
