package org.syncscope.kafka.monitor;

import java.util.Objects;
import java.util.Optional;

/**
 * How a link of Debezium events is read: the column that names the region a row's last change began in (to
 * tell a region's own changes from echoes) and, optionally, the integer version column every write increments
 * (else conflicts are found from before-images).
 */
public record CdcSettings(String originColumn, Optional<String> versionColumn) {

	/** The origin column SyncScope's pipeline stamps (OriginStamp) unless a link names another. */
	public static final String DEFAULT_ORIGIN_COLUMN = "syncscope_origin";

	public CdcSettings {
		Objects.requireNonNull(originColumn, "originColumn");
		Objects.requireNonNull(versionColumn, "versionColumn");
	}
}
