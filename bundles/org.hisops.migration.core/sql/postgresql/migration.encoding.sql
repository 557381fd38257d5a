-- id: migration.encoding
-- engine: postgresql
-- versions: [9.6,)
-- The database encoding: with UTF8, md5(text) already hashes the UTF-8 bytes; otherwise convert_to(text, 'UTF8').
SELECT current_setting('server_encoding')
