-- Version 1 of a test owner: a table and one row (a second run would add a second row).
CREATE SCHEMA IF NOT EXISTS TESTOWNER;
CREATE TABLE TESTOWNER.WARD (ID INT PRIMARY KEY, NAME VARCHAR(100) NOT NULL);
INSERT INTO TESTOWNER.WARD VALUES (1, 'Ward 1; east wing -- ''new''');
