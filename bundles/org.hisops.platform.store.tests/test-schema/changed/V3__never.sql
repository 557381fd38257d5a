INSERT INTO TESTOWNER.WARD VALUES (3, 'must not be applied', 0);
