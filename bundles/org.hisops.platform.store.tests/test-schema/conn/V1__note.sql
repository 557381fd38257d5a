-- A test owner reached through EmbeddedStore.connection(owner, ...): one table, one row.
CREATE SCHEMA IF NOT EXISTS CONNOWNER;
CREATE TABLE CONNOWNER.NOTE (ID INT PRIMARY KEY);
INSERT INTO CONNOWNER.NOTE VALUES (1);
