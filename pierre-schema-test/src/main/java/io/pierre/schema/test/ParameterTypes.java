package io.pierre.schema.test;

import java.math.BigDecimal;
import java.sql.SQLType;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.ttddyy.dsproxy.proxy.ParameterSetOperation;

/**
 * The types of a statement's parameters as the code bound them, read from the setter it called
 * ({@code setString}, {@code setLong}, {@code setObject} with a value or a type...). A
 * {@code setNull} type is left unknown: JdbcTemplate asks the driver for it, so it says what the
 * database of the run expects, not what the code means.
 */
final class ParameterTypes {

	private static final Map<String, Integer> SETTERS = Map.ofEntries(Map.entry("setString", Types.VARCHAR),
			Map.entry("setNString", Types.VARCHAR), Map.entry("setInt", Types.INTEGER),
			Map.entry("setLong", Types.BIGINT), Map.entry("setShort", Types.SMALLINT),
			Map.entry("setBoolean", Types.BOOLEAN), Map.entry("setDouble", Types.DOUBLE),
			Map.entry("setFloat", Types.REAL), Map.entry("setBigDecimal", Types.NUMERIC),
			Map.entry("setBytes", Types.BINARY), Map.entry("setDate", Types.DATE), Map.entry("setTime", Types.TIME),
			Map.entry("setTimestamp", Types.TIMESTAMP));

	private static final Map<Class<?>, Integer> VALUES = Map.ofEntries(Map.entry(String.class, Types.VARCHAR),
			Map.entry(Integer.class, Types.INTEGER), Map.entry(Long.class, Types.BIGINT),
			Map.entry(Short.class, Types.SMALLINT), Map.entry(Boolean.class, Types.BOOLEAN),
			Map.entry(Double.class, Types.DOUBLE), Map.entry(Float.class, Types.REAL),
			Map.entry(BigDecimal.class, Types.NUMERIC), Map.entry(byte[].class, Types.BINARY),
			Map.entry(java.sql.Timestamp.class, Types.TIMESTAMP), Map.entry(LocalDateTime.class, Types.TIMESTAMP),
			Map.entry(OffsetDateTime.class, Types.TIMESTAMP_WITH_TIMEZONE), Map.entry(java.sql.Date.class, Types.DATE),
			Map.entry(LocalDate.class, Types.DATE));

	private ParameterTypes() {
	}

	/**
	 * The types of one execution's parameters, by position.
	 * @param operations the setter calls, as datasource-proxy recorded them
	 * @return the types, {@code null} where unknown
	 */
	static List<Integer> of(List<ParameterSetOperation> operations) {
		List<Integer> types = new ArrayList<>();
		for (ParameterSetOperation operation : operations) {
			Object[] args = operation.getArgs();
			if (args.length == 0 || !(args[0] instanceof Integer position)) {
				continue; // named parameters of a CallableStatement
			}
			while (types.size() < position) {
				types.add(null);
			}
			types.set(position - 1, typeOf(operation.getMethod().getName(), args));
		}
		return types;
	}

	private static Integer typeOf(String setter, Object[] args) {
		if (setter.equals("setObject")) {
			if (args.length > 2 && args[2] instanceof Integer type) {
				return type;
			}
			if (args.length > 2 && args[2] instanceof SQLType type) {
				return type.getVendorTypeNumber();
			}
			return (args[1] != null) ? VALUES.get(args[1].getClass()) : null;
		}
		return SETTERS.get(setter);
	}

}
