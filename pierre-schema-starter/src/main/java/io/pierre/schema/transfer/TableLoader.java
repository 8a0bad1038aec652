package io.pierre.schema.transfer;

import java.sql.Connection;
import java.sql.SQLException;

import io.pierre.schema.inspect.TableSchema;

/**
 * Moves every row of one table from the source into the target, inside the target's open
 * transaction, with memory bounded whatever the table's size.
 */
interface TableLoader {

	/**
	 * Copies the table's rows.
	 * @param name the table
	 * @param table its columns
	 * @param source where the rows are read
	 * @param target where they go, its transaction open
	 * @return the rows copied
	 * @throws SQLException if either database fails
	 */
	long copy(String name, TableSchema table, Connection source, Connection target) throws SQLException;

}
