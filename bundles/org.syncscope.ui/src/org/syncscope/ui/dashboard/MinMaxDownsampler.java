package org.syncscope.ui.dashboard;

import org.jfree.data.xy.XYSeries;

/**
 * Thins a series for drawing: splits it into buckets of consecutive points and keeps each bucket's lowest and
 * highest point, in time order. A chart a few hundred pixels wide cannot show more, and peaks and dips (a lag
 * spike, a stall) survive, unlike with plain decimation.
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
			int min = from;
			int max = from;
			for (int i = from + 1; i < to; i++) {
				double y = series.getY(i).doubleValue();
				if (y < series.getY(min).doubleValue()) {
					min = i;
				}
				if (y > series.getY(max).doubleValue()) {
					max = i;
				}
			}
			add(thinned, series, Math.min(min, max));
			if (min != max) {
				add(thinned, series, Math.max(min, max));
			}
		}
		return thinned;
	}

	private static void add(XYSeries target, XYSeries source, int index) {
		target.add(source.getX(index).doubleValue(), source.getY(index).doubleValue(), false);
	}
}
