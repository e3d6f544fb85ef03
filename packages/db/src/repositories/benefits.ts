// Filled in by the register's repository functions.
