package io.pierre.schema.sql;

/**
 * A column of a statement's result, as PostgreSQL describes it.
 *
 * @param name the column's label
 * @param type the database's type name, such as {@code text} or {@code int8}
 * @param nullable whether it may be null: {@code yes}, {@code no} or {@code unknown}
 */
record ResultColumn(String name, String type, String nullable) {

}
