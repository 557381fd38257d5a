-- id: assessment.data.pg.clock
-- engine: postgresql
-- versions: [12,)
SELECT now()
