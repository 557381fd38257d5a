-- Settings of the loading session only. The demo pair replicates asynchronously anyway, so commits need not wait
-- for the local flush either; index builds get memory enough to sort in one pass.
SET synchronous_commit = off;
SET maintenance_work_mem = '256MB';
SET work_mem = '64MB';
