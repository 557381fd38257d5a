-- id: assessment.data.ora.table.names
-- engine: oracle
-- versions: [10.2,11.2]
SELECT owner, table_name FROM dba_tab_statistics WHERE object_type = 'TABLE'
