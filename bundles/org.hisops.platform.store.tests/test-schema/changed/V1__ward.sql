-- Version 1 edited after it was applied: must be refused, not run again.
CREATE SCHEMA IF NOT EXISTS TESTOWNER;
CREATE TABLE TESTOWNER.WARD (ID INT PRIMARY KEY, NAME VARCHAR(200) NOT NULL);
INSERT INTO TESTOWNER.WARD VALUES (1, 'Ward 1; east wing -- ''new''');
