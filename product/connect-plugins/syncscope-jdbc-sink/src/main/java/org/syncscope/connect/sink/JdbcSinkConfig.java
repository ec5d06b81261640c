package org.syncscope.connect.sink;

import java.util.Map;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.types.Password;

/** The configuration of {@link JdbcSinkConnector}: the target database and the region it belongs to. */
final class JdbcSinkConfig extends AbstractConfig {

	static final String URL = "connection.url";
	static final String USER = "connection.user";
	static final String PASSWORD = "connection.password";
	static final String REGION = "region";
	static final String ORIGIN_COLUMN = "origin.column";
	/** The column every replicated table carries, stamped with the region a change began in. */
	static final String DEFAULT_ORIGIN_COLUMN = "syncscope_origin";

	static final ConfigDef DEFINITION = new ConfigDef()
			.define(URL, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH,
					"JDBC URL of the PostgreSQL database the changes are applied to")
			.define(USER, Type.STRING, "", Importance.HIGH, "Database user")
			.define(PASSWORD, Type.PASSWORD, "", Importance.HIGH, "Database password")
			.define(REGION, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH,
					"The region of the target database: changes that began there are not applied again")
			.define(ORIGIN_COLUMN, Type.STRING, DEFAULT_ORIGIN_COLUMN, new ConfigDef.NonEmptyString(),
					Importance.MEDIUM, "The column that names the region a row's last change began in");

	JdbcSinkConfig(Map<String, String> properties) {
		super(DEFINITION, properties);
	}

	String url() {
		return getString(URL);
	}

	String user() {
		return getString(USER);
	}

	String password() {
		Password password = getPassword(PASSWORD);
		return password == null ? "" : password.value();
	}

	String region() {
		return getString(REGION);
	}

	String originColumn() {
		return getString(ORIGIN_COLUMN);
	}
}
